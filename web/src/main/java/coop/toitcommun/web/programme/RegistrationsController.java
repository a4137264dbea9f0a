package coop.toitcommun.web.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.PublicEvents;
import coop.toitcommun.venue.RegistrationStatus;
import coop.toitcommun.venue.RegistrationView;
import coop.toitcommun.venue.Registrations;
import coop.toitcommun.web.security.SignedInPerson;
import coop.toitcommun.web.venue.Actors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An organiser's event with who registered and who waits, and the list as CSV; the venue checks it is theirs. */
@Controller
class RegistrationsController {

    /** As the house's other exports: semicolons and a byte order mark, for spreadsheets set to French. */
    private static final CSVFormat CSV = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private final PublicEvents events;
    private final Registrations registrations;
    private final MessageSource messages;

    RegistrationsController(PublicEvents events, Registrations registrations, MessageSource messages) {
        this.events = events;
        this.registrations = registrations;
        this.messages = messages;
    }

    @GetMapping("/programme/{id}")
    String show(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        Actor actor = Actors.of(person);
        model.addAttribute("event", events.forOrganiser(actor, id));
        List<RegistrationView> list = registrations.of(actor, id);
        model.addAttribute("confirmed", list.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).toList());
        model.addAttribute("waiting", list.stream().filter(r -> r.status() == RegistrationStatus.WAITING).toList());
        model.addAttribute("cancelledCount", list.stream().filter(r -> r.status() == RegistrationStatus.CANCELLED).count());
        return "programme/manage";
    }

    @GetMapping("/programme/{id}/registrations.csv")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale) {
        Actor actor = Actors.of(person);
        events.forOrganiser(actor, id);
        List<RegistrationView> list = registrations.of(actor, id);
        DateTimeFormatter at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSV)) {
            writer.write('\ufeff');
            csv.printRecord(text("events.csv.name", locale), text("events.csv.email", locale),
                text("events.csv.places", locale), text("events.csv.status", locale), text("events.csv.registeredAt", locale));
            for (RegistrationView r : list) {
                csv.printRecord(r.name(), r.email(), r.places(), text("events.registration.status." + r.status(), locale),
                    at.format(r.registeredAt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("inscriptions-" + id + ".csv").build().toString())
            .body(out.toByteArray());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
