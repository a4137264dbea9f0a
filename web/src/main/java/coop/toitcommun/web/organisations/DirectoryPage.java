package coop.toitcommun.web.organisations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Contact;
import coop.toitcommun.membership.Directory;
import coop.toitcommun.membership.DirectoryEntry;
import coop.toitcommun.membership.DirectoryResults;
import coop.toitcommun.membership.DirectorySearch;
import coop.toitcommun.membership.EssStatus;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The directory of member organisations on /organisations, a page of 50 at a time with its search and filters: two
 * statements at most (the page with its count and the communes for the filter, the contacts shared with members).
 */
@Component
public class DirectoryPage {

    /** How many of the newest members the home page shows, above a link to the whole directory. */
    public static final int ON_THE_HOME_PAGE = 6;

    private final Directory directory;
    private final MessageSource messages;

    DirectoryPage(Directory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    /** A link to another page of the same search (it keeps every filter); {@code gap} stands for skipped pages. */
    public record PageLink(int number, String href, boolean current, boolean gap) {
    }

    public void fill(Model model, String text, String circle, String essStatus, String commune, String page,
                     SignedInPerson person) {
        DirectorySearch search = new DirectorySearch(text, parse(Circle.class, circle), parse(EssStatus.class, essStatus),
            commune, parsePage(page));
        DirectoryResults results = directory.search(search);
        model.addAttribute("search", search);
        model.addAttribute("results", results);
        model.addAttribute("filtered", search.filtered());
        model.addAttribute("pageLinks", pageLinks(search, results));
        model.addAttribute("previousPage", results.page() > 1 ? href(search, results.page() - 1) : null);
        model.addAttribute("nextPage", results.page() < results.pages() ? href(search, results.page() + 1) : null);
        model.addAttribute("circles", Circle.values());
        model.addAttribute("essStatuses", EssStatus.values());
        model.addAttribute("communes", results.communes());
        Map<Long, List<Contact>> contacts = person == null || results.entries().isEmpty() ? Map.of()
            : directory.sharedContacts(results.entries().stream().map(DirectoryEntry::id).toList());
        model.addAttribute("cards", cards(results.entries(), contacts));
    }

    private String cards(List<DirectoryEntry> entries, Map<Long, List<Contact>> contacts) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Circle, String> circleNames = new EnumMap<>(Circle.class);
        return new DirectoryCards(
                circle -> circleNames.computeIfAbsent(circle, c -> messages.getMessage("circle." + c.name(), null, locale)),
                messages.getMessage("directory.contacts", null, locale))
            .write(entries, contacts);
    }

    /** The home page: how many members are listed and the newest few, in one statement. */
    public void fillHome(Model model) {
        model.addAttribute("newest", directory.newest(ON_THE_HOME_PAGE));
    }

    /** The first and last pages, and two on each side of the current one. */
    private static List<PageLink> pageLinks(DirectorySearch search, DirectoryResults results) {
        List<PageLink> links = new ArrayList<>();
        int last = results.pages();
        for (int number = 1; number <= last; number++) {
            boolean shown = number == 1 || number == last || Math.abs(number - results.page()) <= 2;
            if (shown) {
                links.add(new PageLink(number, href(search, number), number == results.page(), false));
            } else if (links.isEmpty() || !links.get(links.size() - 1).gap()) {
                links.add(new PageLink(number, null, false, true));
            }
        }
        return links;
    }

    private static String href(DirectorySearch search, int page) {
        UriComponentsBuilder href = UriComponentsBuilder.fromPath("/organisations");
        if (search.text() != null) {
            href.queryParam("q", search.text());
        }
        if (search.circle() != null) {
            href.queryParam("circle", search.circle().name());
        }
        if (search.essStatus() != null) {
            href.queryParam("ess", search.essStatus().name());
        }
        if (search.commune() != null) {
            href.queryParam("commune", search.commune());
        }
        if (page > 1) {
            href.queryParam("page", page);
        }
        return href.encode().build().toUriString();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        return null;
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 1 : Math.min(Integer.parseInt(page.trim()), 100_000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
