package coop.toitcommun.web.meetings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.BodyKind;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.HeldMandate;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingException;
import coop.toitcommun.governance.MeetingFormat;
import coop.toitcommun.governance.MeetingType;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.NewMeeting;
import coop.toitcommun.venue.BookingConflictException;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.venue.VenueAccessDeniedException;
import coop.toitcommun.web.error.Forms;
import coop.toitcommun.web.security.SignedInPerson;
import coop.toitcommun.web.venue.Actors;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Planning a meeting of a body: the form, and the meeting planned with its room booked in the same transaction
 * ({@link MeetingScheduling}, which holds the rules of planning; governance says who may plan).
 */
@Controller
class MeetingPlanningController {

    private final Meetings meetings;
    private final Entities entities;
    private final Mandates mandates;
    private final HouseClock calendar;
    private final MeetingScheduling scheduling;
    private final Rooms rooms;
    private final Bookings bookings;

    MeetingPlanningController(Meetings meetings, Entities entities, Mandates mandates, HouseClock calendar,
                              MeetingScheduling scheduling, Rooms rooms, Bookings bookings) {
        this.meetings = meetings;
        this.entities = entities;
        this.mandates = mandates;
        this.calendar = calendar;
        this.scheduling = scheduling;
        this.rooms = rooms;
        this.bookings = bookings;
    }

    @GetMapping("/bodies/{bodyId}/meetings/new")
    String newMeeting(@AuthenticationPrincipal SignedInPerson person, @PathVariable long bodyId, Model model) {
        Body body = meetings.bodyToPlan(person.getPersonId(), bodyId);
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", PlanForm.empty(body.kind() == BodyKind.GENERAL_ASSEMBLY ? MeetingType.ORDINARY_GA : MeetingType.BOARD));
        }
        return planPage(person, body, model);
    }

    @PostMapping("/bodies/{bodyId}/meetings")
    String plan(@AuthenticationPrincipal SignedInPerson person, @PathVariable long bodyId, @Valid @ModelAttribute PlanForm planForm,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        Body body = meetings.bodyToPlan(person.getPersonId(), bodyId);
        if (Forms.unreadable(errors) || errors.hasErrors()) {
            return planPage(person, body, model);
        }
        try {
            Meeting planned = scheduling.plan(person.getPersonId(), planForm.meeting(bodyId), planForm.meetingPlace(), Actors.of(person));
            List<EndingMandate> notConvened = EndingMandate.before(endingMandates(body), planForm.date());
            if (!notConvened.isEmpty()) {
                redirect.addFlashAttribute("flashWarning", "meetings.plan.notConvened");
                redirect.addFlashAttribute("flashWarningArgument", EndingMandate.names(notConvened));
            }
            return "redirect:/meetings/" + planned.id() + "/agenda";
        } catch (PlanRefusedException e) {
            e.problems().forEach(problem -> errors.rejectValue(problem.field(), problem.messageKey()));
        } catch (BookingConflictException e) {
            model.addAttribute("conflict", e.conflict());
        } catch (BookingRefusedException e) {
            model.addAttribute("bookingRefused", e.reason());
            model.addAttribute("bookingArguments", e.arguments());
        } catch (VenueAccessDeniedException e) {
            errors.rejectValue("organisationId", "meetings.plan.error.organisation");
        } catch (MeetingException e) {
            model.addAttribute("refusal", e);
        }
        return planPage(person, body, model);
    }

    private String planPage(SignedInPerson person, Body body, Model model) {
        LocalDate today = calendar.today();
        List<HeldMandate> current = mandates.current(today);
        Map<Long, String> officers = new LinkedHashMap<>();
        current.stream().filter(h -> body.kind() == BodyKind.GENERAL_ASSEMBLY
                ? h.body().entityId() == body.entityId() && h.body().kind().runsTheEntity() : h.body().id() == body.id())
            .forEach(h -> officers.putIfAbsent(h.mandate().personId(), h.personName()));
        model.addAttribute("body", body);
        model.addAttribute("entity", entities.get(body.entityId()));
        model.addAttribute("officers", officers);
        model.addAttribute("types", body.kind() == BodyKind.GENERAL_ASSEMBLY
            ? List.of(MeetingType.ORDINARY_GA, MeetingType.EXTRAORDINARY_GA) : List.of(MeetingType.BOARD, MeetingType.OTHER));
        model.addAttribute("formats", List.of(MeetingFormat.values()).stream()
            .filter(f -> f.allowedBy(entities.get(body.entityId()).meetingModes())).toList());
        model.addAttribute("rooms", rooms.bookable());
        model.addAttribute("organisations", bookings.organisationsFor(Actors.of(person)));
        model.addAttribute("firstCalls", meetings.ofBody(body.id()).stream().filter(m -> m.callNumber() == 1).toList());
        List<EndingMandate> ending = endingMandates(body);
        model.addAttribute("endingMandates", ending);
        PlanForm form = (PlanForm) model.getAttribute("planForm");
        model.addAttribute("notConvened", EndingMandate.before(ending, form == null ? null : form.date()));
        return "meetings/new";
    }

    private List<EndingMandate> endingMandates(Body body) {
        return meetings.membersWithALastDay(body, calendar.today()).stream()
            .map(h -> new EndingMandate(h.personName(), h.mandate().endsOn()))
            .distinct().sorted(Comparator.comparing(EndingMandate::endsOn).thenComparing(EndingMandate::name)).toList();
    }
}
