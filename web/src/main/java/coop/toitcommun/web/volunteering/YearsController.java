package coop.toitcommun.web.volunteering;

import static coop.toitcommun.web.volunteering.VolunteeringRefusals.actor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.venue.volunteering.MissionYear;
import coop.toitcommun.venue.volunteering.PersonYear;
import coop.toitcommun.venue.volunteering.Years;
import coop.toitcommun.web.meetings.PdfRenderer;
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

/**
 * The year's documents: the hours per mission as CSV (coordinators, for the association's annual accounts) and a
 * person's attestation of volunteer hours as PDF (their own, or anyone's for coordinators).
 */
@Controller
class YearsController {

    /** As the house's other exports: semicolons and a byte order mark, for spreadsheets set to French. */
    private static final CSVFormat CSV = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private final Years years;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final HouseClock time;

    YearsController(Years years, PdfRenderer pdf, MessageSource messages, HouseClock time) {
        this.years = years;
        this.pdf = pdf;
        this.messages = messages;
        this.time = time;
    }

    @GetMapping("/volunteering/years/{year}/missions.csv")
    ResponseEntity<byte[]> missions(@AuthenticationPrincipal SignedInPerson person, @PathVariable int year, Locale locale) {
        List<MissionYear> rows = years.byMission(actor(person), year);
        NumberFormat hours = hoursFormat(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSV)) {
            writer.write('\ufeff');
            csv.printRecord(text("volunteering.csv.mission", locale), text("volunteering.csv.shifts", locale),
                text("volunteering.csv.people", locale), text("volunteering.csv.hours", locale));
            for (MissionYear row : rows) {
                csv.printRecord(row.mission(), row.shifts(), row.people(), hours.format(row.minutes() / 60.0));
            }
            csv.printRecord(text("volunteering.csv.total", locale), rows.stream().mapToInt(MissionYear::shifts).sum(), "",
                hours.format(rows.stream().mapToLong(MissionYear::minutes).sum() / 60.0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return download(out.toByteArray(), new MediaType("text", "csv", StandardCharsets.UTF_8),
            "benevolat-missions-" + year + ".csv");
    }

    @GetMapping("/volunteering/years/{year}/attestation.pdf")
    ResponseEntity<byte[]> mine(@AuthenticationPrincipal SignedInPerson person, @PathVariable int year, Locale locale) {
        return attestation(years.ofPerson(actor(person), person.getPersonId(), year), locale);
    }

    @GetMapping("/volunteering/people/{id}/years/{year}/attestation.pdf")
    ResponseEntity<byte[]> theirs(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                                  @PathVariable int year, Locale locale) {
        return attestation(years.ofPerson(actor(person), id, year), locale);
    }

    private ResponseEntity<byte[]> attestation(PersonYear year, Locale locale) {
        byte[] document = pdf.render("volunteering/pdf/attestation", locale, Map.of("year", year,
            "today", time.localNow().toLocalDate()));
        return download(document, MediaType.APPLICATION_PDF, "attestation-benevolat-" + year.year() + "-" + year.personId() + ".pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .body(body);
    }

    private static NumberFormat hoursFormat(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(2);
        return format;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
