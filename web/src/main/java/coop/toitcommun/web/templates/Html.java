package coop.toitcommun.web.templates;

import org.unbescape.html.HtmlEscape;

/** Text that Java writes into a page's HTML, escaped as Thymeleaf's {@code th:text} and {@code th:href} escape it. */
public final class Html {

    private static final String ESCAPED = "&<>\"'";

    private Html() {
    }

    /** Appends {@code value} escaped; most texts have nothing to escape, and go as they are. */
    public static StringBuilder appendEscaped(StringBuilder html, String value) {
        return html.append(needsEscaping(value) ? HtmlEscape.escapeHtml4Xml(value) : value);
    }

    /** Whether {@code value} has one of the characters that {@code escapeHtml4Xml} escapes. */
    private static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (ESCAPED.indexOf(value.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
