package coop.toitcommun.web.governance;

import static coop.toitcommun.web.governance.GovernanceAccess.actor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import coop.toitcommun.governance.Associate;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.HeldMandate;
import coop.toitcommun.governance.LegalEntity;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.governance.Register;
import coop.toitcommun.governance.RegisterLine;
import coop.toitcommun.governance.Registers;
import coop.toitcommun.web.security.SignedInPerson;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * The register of associates and the list of mandates as CSV (semicolon-separated, UTF-8 with BOM, as a
 * French spreadsheet expects) and as PDF (an XHTML template rendered by Flying Saucer). Governance gives the register's
 * details to those who run the entity only; the list of mandates is public to signed-in people.
 */
@Controller
class ExportsController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private final Entities entities;
    private final Registers registers;
    private final Mandates mandates;
    private final HouseClock calendar;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final Money money;

    ExportsController(Entities entities, Registers registers, Mandates mandates, HouseClock calendar,
                      MessageSource messages, ITemplateEngine templates, Money money) {
        this.entities = entities;
        this.registers = registers;
        this.mandates = mandates;
        this.calendar = calendar;
        this.messages = messages;
        this.templates = templates;
        this.money = money;
    }

    @GetMapping("/entities/{id}/register.csv")
    ResponseEntity<byte[]> registerCsv(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale) {
        LegalEntity entity = entities.get(id);
        Register register = registers.registerToKeep(actor(person), id, calendar.today());
        byte[] csv = csv(List.of("holder", "holderKind", "category", "college", "entry", "exit", "exitReason", "shares",
            "capital", "paidUp"), locale, printer -> {
                for (RegisterLine line : concat(register.lines(), register.former())) {
                    Associate a = line.associate();
                    printer.printRecord(a.holderName(), text(a.holder().personId() != null ? "governance.holder.PERSON" : "governance.holder.ORGANISATION", locale),
                        a.category() == null ? "" : text("governance.category." + a.category(), locale),
                        line.collegeName() == null ? "" : line.collegeName(), a.entryDate(), a.exitDate() == null ? "" : a.exitDate(),
                        a.exitReason() == null ? "" : a.exitReason(), line.shares(), Money.euros(line.capitalCents(), locale),
                        Money.euros(line.paidUpCents(), locale));
                }
            });
        return download(csv, CSV, fileName(entity, "registre", "csv"));
    }

    @GetMapping("/entities/{id}/register.pdf")
    ResponseEntity<byte[]> registerPdf(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale) {
        LegalEntity entity = entities.get(id);
        Register register = registers.registerToKeep(actor(person), id, calendar.today());
        byte[] pdf = pdf("governance/pdf/register", locale, Map.of("entity", entity, "register", register,
            "lines", concat(register.lines(), register.former())));
        return download(pdf, MediaType.APPLICATION_PDF, fileName(entity, "registre", "pdf"));
    }

    @GetMapping("/entities/{id}/mandates.csv")
    ResponseEntity<byte[]> mandatesCsv(@PathVariable long id, Locale locale) {
        LegalEntity entity = entities.get(id);
        LocalDate today = calendar.today();
        byte[] csv = csv(List.of("person", "organisation", "body", "role", "start", "end", "current"), locale, printer -> {
            for (HeldMandate held : mandates.history(id)) {
                printer.printRecord(held.personName(), held.organisationName() == null ? "" : held.organisationName(),
                    held.body().name(), text("governance.role." + held.mandate().role(), locale), held.mandate().startsOn(),
                    held.mandate().endsOn() == null ? "" : held.mandate().endsOn(),
                    text(held.mandate().isCurrentOn(today) ? "governance.yes" : "governance.no", locale));
            }
        });
        return download(csv, CSV, fileName(entity, "mandats", "csv"));
    }

    @GetMapping("/entities/{id}/mandates.pdf")
    ResponseEntity<byte[]> mandatesPdf(@PathVariable long id, Locale locale) {
        LegalEntity entity = entities.get(id);
        byte[] pdf = pdf("governance/pdf/mandates", locale, Map.of("entity", entity, "mandates", mandates.history(id)));
        return download(pdf, MediaType.APPLICATION_PDF, fileName(entity, "mandats", "pdf"));
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private byte[] csv(List<String> headers, Locale locale, Rows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            writer.write('\ufeff');
            printer.printRecord(headers.stream().map(h -> text("governance.export." + h, locale)).toList());
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] pdf(String template, Locale locale, Map<String, Object> variables) {
        Context context = new Context(locale);
        context.setVariables(variables);
        context.setVariable("money", money);
        context.setVariable("today", calendar.today());
        String xhtml = templates.process(template, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        renderer.createPDF(out);
        return out.toByteArray();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static List<RegisterLine> concat(List<RegisterLine> a, List<RegisterLine> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String fileName(LegalEntity entity, String what, String extension) {
        String ascii = Normalizer.normalize(entity.name(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
        return what + "-" + ascii + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
            .body(body);
    }
}
