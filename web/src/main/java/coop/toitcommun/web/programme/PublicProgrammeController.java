package coop.toitcommun.web.programme;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import coop.toitcommun.membership.Language;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.venue.NewRegistration;
import coop.toitcommun.venue.ProgrammeCalendar;
import coop.toitcommun.venue.ProgrammeSettings;
import coop.toitcommun.venue.PublicEventView;
import coop.toitcommun.venue.PublicEvents;
import coop.toitcommun.venue.RegistrationLimitException;
import coop.toitcommun.venue.Registrations;
import coop.toitcommun.venue.VenueNotFoundException;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.i18n.Waits;
import coop.toitcommun.web.venue.Refusals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public programme, without signing in: the coming events by month, an event and its registration form, the
 * link that cancels a registration, the iCalendar feeds.
 */
@Controller
class PublicProgrammeController {

    static final int PAGE_SIZE = 12;

    private final PublicEvents events;
    private final Registrations registrations;
    private final ProgrammeCalendar calendar;
    private final ProgrammeSettings settings;
    private final WebSettings web;
    private final Refusals refusals;
    private final MessageSource messages;

    PublicProgrammeController(PublicEvents events, Registrations registrations, ProgrammeCalendar calendar,
                              ProgrammeSettings settings, WebSettings web, Refusals refusals,
                              MessageSource messages) {
        this.events = events;
        this.registrations = registrations;
        this.calendar = calendar;
        this.settings = settings;
        this.web = web;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/events")
    String programme(@RequestParam(required = false) Long organisation, @RequestParam(defaultValue = "0") int page,
                     Model model) {
        var coming = events.coming(organisation, PageRequest.of(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("events", coming);
        model.addAttribute("months", Months.of(coming.getContent()));
        model.addAttribute("organisations", events.organisationsWithComingEvents());
        model.addAttribute("organisation", organisation);
        model.addAttribute("pagePath", organisation == null ? "/events" : "/events?organisation=" + organisation);
        model.addAttribute("feed", web.link(organisation == null ? "/events.ics" : "/events.ics?organisation=" + organisation));
        return "programme/list";
    }

    @GetMapping("/events/{id}")
    String event(@PathVariable long id, Model model) {
        model.addAttribute("registrationForm", RegistrationForm.empty());
        return eventPage(id, model);
    }

    @PostMapping("/events/{id}/registrations")
    String register(@PathVariable long id, @Valid @ModelAttribute("registrationForm") RegistrationForm form,
                    BindingResult result, Locale locale, HttpServletRequest request, HttpServletResponse response,
                    Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                registrations.register(id, new NewRegistration(form.name(), form.email(), form.places(),
                    Language.of(locale).tag()), request.getRemoteAddr());
                redirect.addFlashAttribute("registered", form.email());
                return "redirect:/events/" + id;
            } catch (RegistrationLimitException e) {
                response.setStatus(429);
                model.addAttribute("refusal", messages.getMessage("events.refused.tooMany", new Object[] {Waits.of(e.waitFor())}, locale));
            } catch (BookingRefusedException e) {
                response.setStatus(422);
                model.addAttribute("refusal", refusals.text(e));
            }
        } else {
            response.setStatus(422);
        }
        return eventPage(id, model);
    }

    @GetMapping("/events/registrations/{token}")
    String registration(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Registrations.Found> found = token.length() > 100 ? Optional.empty() : registrations.byToken(token);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "programme/link-unknown";
        }
        model.addAttribute("registration", found.get());
        model.addAttribute("event", events.find(found.get().eventId()).orElseThrow());
        model.addAttribute("token", token);
        return "programme/registration";
    }

    @PostMapping("/events/registrations/{token}/cancel")
    String cancel(@PathVariable String token, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Long> event = token.length() > 100 ? Optional.empty() : registrations.cancel(token);
        if (event.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "programme/link-unknown";
        }
        redirect.addFlashAttribute("flashSuccess", "events.flash.registrationCancelled");
        return "redirect:/events/" + event.get();
    }

    @GetMapping("/events.ics")
    ResponseEntity<byte[]> feed(@RequestParam(required = false) Long organisation) {
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
            .body(calendar.feed(organisation, web.link("/events/")).getBytes(StandardCharsets.UTF_8));
    }

    private String eventPage(long id, Model model) {
        PublicEventView event = events.find(id).orElseThrow(() -> new VenueNotFoundException("event " + id));
        model.addAttribute("event", event);
        model.addAttribute("retentionDays", settings.retentionDays());
        model.addAttribute("maxPlaces", event.capacity() == null ? settings.maxPlaces()
            : Math.min(settings.maxPlaces(), event.capacity()));
        return "programme/event";
    }
}
