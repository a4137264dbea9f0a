package coop.toitcommun.web.charter;

import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.membership.CharterArticle;
import coop.toitcommun.membership.CharterVersion;

/** The articles of the draft, French and English side by side; empty rows are dropped and the rest renumbered. */
record DraftForm(List<String> textFr, List<String> textEn) {

    static final int FREE_ROWS = 3;

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
