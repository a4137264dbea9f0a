package coop.toitcommun.web.venue;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.Usage;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The rooms' occupancy and the hours each organisation used, by month, on a page and as CSV (for the staff). */
@Controller
class UsageController {

    private final Usage usage;
    private final HouseClock time;
    private final MessageSource messages;

    UsageController(Usage usage, HouseClock time, MessageSource messages) {
        this.usage = usage;
        this.time = time;
        this.messages = messages;
    }

    @GetMapping("/venue/usage")
    String usage(@AuthenticationPrincipal SignedInPerson person,
                 @RequestParam(required = false) @Text(max = 7, column = Text.NOT_STORED) String month, Model model) {
        Actor actor = Actors.of(person);
        YearMonth wanted = month(month);
        model.addAttribute("month", wanted);
        model.addAttribute("firstDay", wanted.atDay(1));
        model.addAttribute("previous", wanted.minusMonths(1));
        model.addAttribute("next", wanted.plusMonths(1));
        model.addAttribute("occupancy", usage.occupancy(actor, wanted));
        model.addAttribute("byOrganisation", usage.byOrganisation(actor, wanted));
        return "venue/usage";
    }

    @GetMapping("/venue/usage.csv")
    ResponseEntity<byte[]> usageCsv(@AuthenticationPrincipal SignedInPerson person,
                                    @RequestParam(required = false) @Text(max = 7, column = Text.NOT_STORED) String month,
                                    HttpServletRequest request) {
        YearMonth wanted = month(month);
        Locale locale = RequestContextUtils.getLocale(request);
        String csv = usage.csv(Actors.of(person), wanted,
            List.of(text("venue.usage.month", locale), text("venue.usage.room", locale), text("venue.usage.booked", locale),
                text("venue.usage.open", locale), text("venue.usage.percent", locale)),
            List.of(text("venue.usage.month", locale), text("venue.usage.organisation", locale),
                text("venue.usage.hours", locale), text("venue.usage.count", locale)));
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("occupation-" + wanted + ".csv").build().toString())
            .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** The month asked for, or this month when none or an unreadable one is asked. */
    private YearMonth month(String month) {
        if (month != null && !month.isBlank()) {
            try {
                return YearMonth.parse(month.trim());
            } catch (DateTimeParseException e) {
                // this month
            }
        }
        return YearMonth.from(time.localNow());
    }
}
