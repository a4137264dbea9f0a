package coop.toitcommun.web.charter;

import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.membership.CharterArticle;
import coop.toitcommun.membership.CharterVersion;
import coop.toitcommun.web.input.Text;

/** The articles of the draft, French and English side by side; empty rows are dropped and the rest renumbered. */
record DraftForm(List<@Text(max = 4000, column = "membership.charter_article.text_fr") String> textFr,
                 List<@Text(max = 4000, column = "membership.charter_article.text_en") String> textEn) {

    static final int FREE_ROWS = 3;

    /** Each French article has its English side, even when a request sends fewer of them. */
    DraftForm {
        textFr = textFr == null ? new ArrayList<>() : new ArrayList<>(textFr);
        textEn = textEn == null ? new ArrayList<>() : new ArrayList<>(textEn);
        while (textEn.size() < textFr.size()) {
            textEn.add("");
        }
    }

    static DraftForm of(CharterVersion version) {
        List<String> fr = new ArrayList<>();
        List<String> en = new ArrayList<>();
        version.articles().forEach(article -> {
            fr.add(article.textFr());
            en.add(article.textEn() == null ? "" : article.textEn());
        });
        for (int i = 0; i < FREE_ROWS; i++) {
            fr.add("");
            en.add("");
        }
        return new DraftForm(fr, en);
    }

    List<CharterArticle> articles() {
        List<CharterArticle> articles = new ArrayList<>();
        for (int i = 0; textFr != null && i < textFr.size(); i++) {
            String fr = textFr.get(i);
            String en = textEn != null && i < textEn.size() ? textEn.get(i) : null;
            if (fr != null && !fr.isBlank()) {
                articles.add(new CharterArticle(articles.size() + 1, fr, en));
            }
        }
        return articles;
    }
}
