package coop.toitcommun.web.venue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import coop.toitcommun.venue.FeedKind;
import coop.toitcommun.venue.Feeds;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calendar subscriptions: public addresses whose unguessable token is the only key (calendar apps cannot sign
 * in); the owner regenerates the token to retire an address that leaked.
 */
@Controller
class FeedController {

    private final Feeds feeds;
    private final MessageSource messages;

    FeedController(Feeds feeds, MessageSource messages) {
        this.feeds = feeds;
        this.messages = messages;
    }

    @GetMapping("/feeds/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        String privateTitle = messages.getMessage("venue.calendar.private", null, Locale.FRENCH);
        return feeds.calendar(token, privateTitle)
            .map(ics -> ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .body(ics.getBytes(StandardCharsets.UTF_8)))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/subscriptions/regenerate")
    String regenerate(@AuthenticationPrincipal SignedInPerson person, @RequestParam FeedKind kind, @RequestParam long owner,
                      RedirectAttributes redirect) {
        feeds.regenerate(Actors.of(person), kind, owner);
        redirect.addFlashAttribute("flashSuccess", "venue.flash.feedRegenerated");
        return kind == FeedKind.ROOM ? "redirect:/rooms/" + owner : "redirect:/bookings";
    }
}
