package coop.toitcommun.web.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import coop.toitcommun.membership.AuditFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit page's filters as typed (module, kind, person, organisation, first and last day, page): read
 * leniently, so that what cannot be read is named on its field and kept as typed, never a failure.
 */
public record AuditSearch(String module, String kind, String person, String organisation, String from, String to,
                   String page) {

    static final Set<String> MODULES = Set.of("membership", "governance", "venue");

    /** The fields whose value could not be read. */
    public List<String> unreadable() {
        List<String> fields = new ArrayList<>();
        if (blank(module) != null && !MODULES.contains(module.trim())) {
            fields.add("module");
        }
        if (blank(organisation) != null && number(organisation) == null) {
            fields.add("organisation");
        }
        if (blank(from) != null && day(from) == null) {
            fields.add("from");
        }
        if (blank(to) != null && day(to) == null) {
            fields.add("to");
        }
        return fields;
    }

    /** What the module is asked for; an unreadable field filters nothing (its error says so). */
    public AuditFilter filter(ZoneId zone) {
        String chosenModule = blank(module) != null && MODULES.contains(module.trim()) ? module.trim() : null;
        LocalDate first = day(from);
        LocalDate last = day(to);
        return new AuditFilter(chosenModule, blank(kind), blank(person), number(organisation),
            first == null ? null : first.atStartOfDay(zone).toInstant(),
            last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public int pageNumber() {
        Long number = number(page);
        return number == null || number < 0 || number > 100_000 ? 0 : number.intValue();
    }

    public boolean filtered() {
        return blank(module) != null || blank(kind) != null || blank(person) != null || blank(organisation) != null
            || blank(from) != null || blank(to) != null;
    }

    /** The address of this search on {@code path}, every filter kept (the pager adds its page). */
    public String href(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        add(uri, "module", module);
        add(uri, "kind", kind);
        add(uri, "person", person);
        add(uri, "organisation", organisation);
        add(uri, "from", from);
        add(uri, "to", to);
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (blank(value) != null) {
            uri.queryParam(name, value.trim());
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Long number(String value) {
        try {
            return blank(value) == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        try {
            return blank(value) == null ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
