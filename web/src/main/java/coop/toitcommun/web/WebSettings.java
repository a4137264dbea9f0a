package coop.toitcommun.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web front.
 *
 * @param baseUrl the address people use, for links in emails
 * @param mailFrom the sender of the house's emails
 * @param contactEmail the address shown on the contact page
 */
@ConfigurationProperties("toitcommun.web")
public record WebSettings(@DefaultValue("http://localhost:8080") String baseUrl,
                          @DefaultValue("Le Toit Commun <ne-pas-repondre@toitcommun.coop>") String mailFrom,
                          @DefaultValue("contact@toitcommun.coop") String contactEmail) {

    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
