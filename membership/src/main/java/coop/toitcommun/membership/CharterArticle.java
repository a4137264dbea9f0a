package coop.toitcommun.membership;

/** A numbered article of the charter; the French text is the reference, the English one optional. */
public record CharterArticle(int number, String textFr, String textEn) {

    public String text(Language language) {
        return language == Language.EN && textEn != null && !textEn.isBlank() ? textEn : textFr;
    }
}
