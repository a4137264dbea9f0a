package coop.toitcommun.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web front.
 *
 * @param baseUrl the address people use, for links in emails and feed addresses; when unset, pages derive it from
 *                each request (see {@link PublicAddress}) and emails use {@value #UNSET_BASE_URL}
 * @param mailFrom the sender of the house's emails
 * @param contactEmail the address shown on the contact page
 */
@ConfigurationProperties("toitcommun.web")
public record WebSettings(String baseUrl,
                          @DefaultValue("Le Toit Commun <ne-pas-repondre@toitcommun.coop>") String mailFrom,
                          @DefaultValue("contact@toitcommun.coop") String contactEmail) {

    /** What emails link to when no base address is set: the address of a developer's machine. */
    public static final String UNSET_BASE_URL = "http://localhost:8080";

    public boolean hasBaseUrl() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    /** An absolute link for an email, which no request carries. */
    public String link(String path) {
        String base = hasBaseUrl() ? baseUrl.strip() : UNSET_BASE_URL;
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
