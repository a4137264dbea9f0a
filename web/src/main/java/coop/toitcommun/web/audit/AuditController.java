package coop.toitcommun.web.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import coop.toitcommun.membership.AuditEntry;
import coop.toitcommun.membership.AuditFilter;
import coop.toitcommun.membership.AuditLog;
import coop.toitcommun.membership.OrganisationNotFoundException;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The house's audit trail: the whole of it on /audit for co-founders and admins, an organisation's decisions on
 * /organisations/{id}/audit for its members; filtered, a page of 50 at a time, and exported as CSV with the same
 * filters. Who may read what is the membership module's answer ({@link AuditLog}).
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog audit;
    private final Organisations organisations;
    private final MessageSource messages;
    private final ZoneId zone;

    AuditController(AuditLog audit, Organisations organisations, MessageSource messages, ZoneId zone) {
        this.audit = audit;
        this.organisations = organisations;
        this.messages = messages;
        this.zone = zone;
    }

    @GetMapping("/audit")
    String trail(@AuthenticationPrincipal SignedInPerson person,
                 @RequestParam(required = false) @Text(max = 20, column = Text.NOT_STORED) String module,
                 @RequestParam(required = false) @Text(max = 40, column = Text.NOT_STORED) String kind,
                 @RequestParam(required = false) @Text(max = 200, column = Text.NOT_STORED) String who,
                 @RequestParam(required = false) @Text(max = 20, column = Text.NOT_STORED) String organisation,
                 @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String from,
                 @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String to,
                 @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String page, Model model) {
        AuditSearch search = new AuditSearch(module, kind, who, organisation, from, to, page);
        Page<AuditEntry> entries = audit.search(person.getPersonId(), search.filter(zone), search.pageNumber(), PAGE_SIZE);
        model.addAttribute("organisations", audit.organisations());
        return page(model, search, entries, "/audit", null);
    }

    @GetMapping("/organisations/{id}/audit")
    String organisationTrail(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                             @RequestParam(required = false) @Text(max = 20, column = Text.NOT_STORED) String module,
                             @RequestParam(required = false) @Text(max = 40, column = Text.NOT_STORED) String kind,
                             @RequestParam(required = false) @Text(max = 200, column = Text.NOT_STORED) String who,
                             @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String from,
                             @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String to,
                             @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String page,
                             Model model) {
        AuditSearch search = new AuditSearch(module, kind, who, null, from, to, page);
        Page<AuditEntry> entries = audit.search(person.getPersonId(), search.filter(zone).forOrganisation(id),
            search.pageNumber(), PAGE_SIZE);
        OrganisationRef concerned = organisations.find(id).orElseThrow(OrganisationNotFoundException::new);
        return page(model, search, entries, "/organisations/" + id + "/audit", concerned);
    }

    @GetMapping("/audit.csv")
    void trailCsv(@AuthenticationPrincipal SignedInPerson person,
                  @RequestParam(required = false) @Text(max = 20, column = Text.NOT_STORED) String module,
                  @RequestParam(required = false) @Text(max = 40, column = Text.NOT_STORED) String kind,
                  @RequestParam(required = false) @Text(max = 200, column = Text.NOT_STORED) String who,
                  @RequestParam(required = false) @Text(max = 20, column = Text.NOT_STORED) String organisation,
                  @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String from,
                  @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String to,
                  Locale locale, HttpServletResponse response) throws IOException {
        AuditSearch search = new AuditSearch(module, kind, who, organisation, from, to, null);
        csv(person, search.filter(zone), "decisions.csv", locale, response);
    }

    @GetMapping("/organisations/{id}/audit.csv")
    void organisationTrailCsv(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                              @RequestParam(required = false) @Text(max = 20, column = Text.NOT_STORED) String module,
                              @RequestParam(required = false) @Text(max = 40, column = Text.NOT_STORED) String kind,
                              @RequestParam(required = false) @Text(max = 200, column = Text.NOT_STORED) String who,
                              @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String from,
                              @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String to,
                              Locale locale, HttpServletResponse response) throws IOException {
        AuditSearch search = new AuditSearch(module, kind, who, null, from, to, null);
        organisations.find(id).orElseThrow(OrganisationNotFoundException::new);
        csv(person, search.filter(zone).forOrganisation(id), "decisions-" + id + ".csv", locale, response);
    }

    private String page(Model model, AuditSearch search, Page<AuditEntry> entries, String path, OrganisationRef concerned) {
        model.addAttribute("search", search);
        model.addAttribute("unreadable", search.unreadable());
        model.addAttribute("entries", entries);
        model.addAttribute("kinds", audit.kinds());
        model.addAttribute("modules", List.of("membership", "governance", "venue"));
        model.addAttribute("concerned", concerned);
        model.addAttribute("path", path);
        model.addAttribute("pagePath", search.href(path));
        model.addAttribute("csvPath", search.href(path + ".csv"));
        return "audit/trail";
    }

    /**
     * The filtered lines as a spreadsheet reads them (semicolons, a byte-order mark for Excel), written as they are
     * read. Nothing is written before the module has said the reader may read them: a refusal is an ordinary page.
     */
    private void csv(SignedInPerson person, AuditFilter filter, String fileName, Locale locale,
                     HttpServletResponse response) throws IOException {
        CsvWriter csv = new CsvWriter(response, fileName, locale);
        audit.forEach(person.getPersonId(), filter, entry -> csv.print(entry.occurredAt().atZone(zone).format(CSV_TIME),
            text("audit.module." + entry.module(), locale), kind(entry.action(), locale),
            entry.actorName() == null ? text("audit.system", locale) : entry.actorName(), entry.subjectLabel(),
            entry.subjectId(), entry.organisationName(), entry.before(), entry.after(), entry.detail()));
        csv.finish();
    }

    /** Starts the download with its first line, so that a refusal before it leaves the response untouched. */
    private final class CsvWriter {

        private final HttpServletResponse response;
        private final String fileName;
        private final Locale locale;
        private CSVPrinter printer;

        CsvWriter(HttpServletResponse response, String fileName, Locale locale) {
            this.response = response;
            this.fileName = fileName;
            this.locale = locale;
        }

        void print(Object... values) {
            try {
                start();
                printer.printRecord(java.util.Arrays.stream(values).map(v -> v == null ? "" : v).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void finish() throws IOException {
            start();
            printer.flush();
        }

        private void start() throws IOException {
            if (printer != null) {
                return;
            }
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
            Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            writer.write('\ufeff');
            printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(List.of("when", "module", "what", "who", "subject", "subjectId", "organisation", "before",
                "after", "detail").stream().map(column -> text("audit.csv." + column, locale)).toList());
        }
    }

    private String kind(String code, Locale locale) {
        return messages.getMessage("audit.action." + code, null, code, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

}
