package coop.toitcommun.web.organisations;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Contact;
import coop.toitcommun.membership.DirectoryEntry;
import coop.toitcommun.web.templates.Html;

/**
 * The cards of one page of the directory, written as HTML at once, as the template wrote them before (texts and links
 * escaped as {@code th:text} and {@code th:href} escape them): fifty cards were some 500 of Thymeleaf's expressions,
 * most of those the directory page asked for (docs/performance.md). The template puts them inside its list.
 */
final class DirectoryCards {

    private final Function<Circle, String> circleNames;
    private final String contactsHeading;

    /**
     * @param circleNames     each circle's name in the page's language
     * @param contactsHeading the heading of the contacts shared with members, in the page's language
     */
    DirectoryCards(Function<Circle, String> circleNames, String contactsHeading) {
        this.circleNames = circleNames;
        this.contactsHeading = contactsHeading;
    }

    /** The cards of {@code entries}, each with the contacts it shares ({@code contacts} by organisation, or none). */
    String write(List<DirectoryEntry> entries, Map<Long, List<Contact>> contacts) {
        StringBuilder html = new StringBuilder(32 * 1024);
        for (DirectoryEntry entry : entries) {
            card(html, entry, contacts.get(entry.id()));
        }
        return html.append("\n  ").toString();
    }

    private void card(StringBuilder html, DirectoryEntry entry, List<Contact> contacts) {
        html.append("\n    <li class=\"col-md-6 col-lg-4\">\n      <article class=\"card h-100\"><div class=\"card-body\">\n")
            .append("        <h2 class=\"h5 card-title\">");
        Html.appendEscaped(html, entry.name()).append("</h2>\n        <p class=\"mb-2\">\n")
            .append("          <span class=\"badge text-bg-light border\">");
        Html.appendEscaped(html, circleNames.apply(entry.circle())).append("</span>\n          ");
        if (present(entry.commune())) {
            html.append("<span class=\"text-body-secondary small\">");
            Html.appendEscaped(html, entry.commune()).append("</span>");
        }
        html.append("\n        </p>\n        ");
        if (present(entry.description())) {
            html.append("<p class=\"card-text\">");
            Html.appendEscaped(html, entry.description()).append("</p>");
        }
        html.append("\n        ");
        if (present(entry.website())) {
            html.append("<p class=\"mb-0\"><a href=\"");
            Html.appendEscaped(html, entry.website()).append("\" rel=\"noopener\">");
            Html.appendEscaped(html, entry.website()).append("</a></p>");
        }
        html.append("\n        ");
        if (contacts != null) {
            contacts(html, contacts);
        }
        html.append("\n      </div></article>\n    </li>");
    }

    private void contacts(StringBuilder html, List<Contact> contacts) {
        html.append("<div class=\"mt-2 small\">\n          <p class=\"fw-semibold mb-1\">");
        Html.appendEscaped(html, contactsHeading).append("</p>\n          <ul class=\"list-unstyled mb-0\">");
        for (Contact contact : contacts) {
            html.append("\n            <li>\n              <span>");
            Html.appendEscaped(html, contact.displayName()).append("</span> ·\n              <a href=\"mailto:");
            Html.appendEscaped(html, contact.email()).append("\">");
            Html.appendEscaped(html, contact.email()).append("</a>\n              ");
            if (present(contact.phone())) {
                html.append("<span>");
                Html.appendEscaped(html, " · " + contact.phone()).append("</span>");
            }
            html.append("\n            </li>");
        }
        html.append("\n          </ul>\n        </div>");
    }

    /** What the template's {@code th:if} printed, but for an empty text, which printed an empty element. */
    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }
}
