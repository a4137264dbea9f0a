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
 * about a third of the directory page's time (docs/performance.md). The template puts them inside its list.
 */
final class DirectoryCards {

    private final Function<Circle, String> circleNames;
    private final String contactsHeading;
    private final StringBuilder html = new StringBuilder(32 * 1024);

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
        for (DirectoryEntry entry : entries) {
            card(entry, contacts.get(entry.id()));
        }
        return html.append("\n  ").toString();
    }

    private void card(DirectoryEntry entry, List<Contact> contacts) {
        html.append("\n    <li class=\"col-md-6 col-lg-4\">\n      <article class=\"card h-100\"><div class=\"card-body\">\n");
        html.append("        <h2 class=\"h5 card-title\">");
        text(entry.name()).append("</h2>\n        <p class=\"mb-2\">\n          <span class=\"badge text-bg-light border\">");
        text(circleNames.apply(entry.circle())).append("</span>\n          ");
        if (present(entry.commune())) {
            html.append("<span class=\"text-body-secondary small\">");
            text(entry.commune()).append("</span>");
        }
        html.append("\n        </p>\n        ");
        if (present(entry.description())) {
            html.append("<p class=\"card-text\">");
            text(entry.description()).append("</p>");
        }
        html.append("\n        ");
        if (present(entry.website())) {
            html.append("<p class=\"mb-0\"><a href=\"");
            text(entry.website()).append("\" rel=\"noopener\">");
            text(entry.website()).append("</a></p>");
        }
        html.append("\n        ");
        if (contacts != null) {
            contacts(contacts);
        }
        html.append("\n      </div></article>\n    </li>");
    }

    private void contacts(List<Contact> contacts) {
        html.append("<div class=\"mt-2 small\">\n          <p class=\"fw-semibold mb-1\">");
        text(contactsHeading).append("</p>\n          <ul class=\"list-unstyled mb-0\">");
        for (Contact contact : contacts) {
            html.append("\n            <li>\n              <span>");
            text(contact.displayName()).append("</span> ·\n              <a href=\"mailto:");
            text(contact.email()).append("\">");
            text(contact.email()).append("</a>\n              ");
            if (present(contact.phone())) {
                html.append("<span>");
                text(" · " + contact.phone()).append("</span>");
            }
            html.append("\n            </li>");
        }
        html.append("\n          </ul>\n        </div>");
    }

    /** What the template's {@code th:if} printed, but for an empty text, which printed an empty element. */
    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

    private StringBuilder text(String value) {
        return Html.appendEscaped(html, value);
    }
}
