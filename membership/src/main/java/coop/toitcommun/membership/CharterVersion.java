package coop.toitcommun.membership;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** A version of the charter; a draft until it is published, and unchangeable after. */
public record CharterVersion(long id, int number, Instant publishedAt, List<CharterArticle> articles) {

    /** The French text that a signature commits to, numbered article by article. */
    public String signedText() {
        StringBuilder text = new StringBuilder("Charte du Toit Commun, version ").append(number).append('\n');
        articles.forEach(article -> text.append('\n').append(article.number()).append(". ").append(article.textFr()));
        return text.toString();
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(signedText().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
