package coop.toitcommun.web.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import coop.toitcommun.governance.Agendas;
import coop.toitcommun.governance.Answer;
import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.BodyKind;
import coop.toitcommun.governance.Deliberations;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.GovernanceNotFoundException;
import coop.toitcommun.governance.HeldMandate;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingAccessDeniedException;
import coop.toitcommun.governance.MeetingException;
import coop.toitcommun.governance.MeetingFormat;
import coop.toitcommun.governance.MeetingType;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.NewMeeting;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.venue.BookingConflictException;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.venue.VenueAccessDeniedException;
import coop.toitcommun.web.error.Forms;
import coop.toitcommun.web.input.Text;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Meetings: the list of one's meetings, planning a meeting of a body (its room booked in the same
 * transaction), the meeting's page for everyone convened, proposals of items and written answers.
 */
@Controller
class MeetingsController {

    private final Meetings meetings;
    private final Agendas agendas;
    private final Deliberations deliberations;
    private final Entities entities;
    private final Mandates mandates;
    private final HouseClock calendar;
    private final MeetingScheduling scheduling;
    private final MeetingViews views;
    private final Rooms rooms;
    private final Organisations organisations;
    private final Clock clock;

    /** A meeting page reads in one read-only transaction, so that the facts its parts share are read once. */
    private final TransactionTemplate readOnly;

    MeetingsController(Meetings meetings, Agendas agendas, Deliberations deliberations, Entities entities,
                       Mandates mandates, HouseClock calendar, MeetingScheduling scheduling, MeetingViews views,
                       Rooms rooms, Organisations organisations, Clock clock, PlatformTransactionManager transactions) {
        this.meetings = meetings;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.agendas = agendas;
        this.deliberations = deliberations;
        this.entities = entities;
        this.mandates = mandates;
        this.calendar = calendar;
        this.scheduling = scheduling;
        this.views = views;
        this.rooms = rooms;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String list(@AuthenticationPrincipal SignedInPerson person, Model model) {
        long me = person.getPersonId();
        model.addAttribute("toPrepare", meetings.toPrepare(me));
        model.addAttribute("convened", meetings.convenedTo(me));
        model.addAttribute("plannable", plannableBodies(me));
        model.addAttribute("entities", entities.all());
        Map<Long, Body> bodies = entities.allBodies().stream().collect(Collectors.toMap(Body::id, b -> b));
        model.addAttribute("bodies", bodies);
        return "meetings/list";
    }

    @GetMapping("/bodies/{bodyId}/meetings/new")
    String newMeeting(@AuthenticationPrincipal SignedInPerson person, @PathVariable long bodyId, Model model) {
        Body body = plannable(person, bodyId);
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", PlanForm.empty(body.kind() == BodyKind.GENERAL_ASSEMBLY ? MeetingType.ORDINARY_GA : MeetingType.BOARD));
        }
        return planPage(person, body, model);
    }

    @PostMapping("/bodies/{bodyId}/meetings")
    String plan(@AuthenticationPrincipal SignedInPerson person, @PathVariable long bodyId, @Valid @ModelAttribute PlanForm planForm,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        Body body = plannable(person, bodyId);
        if (Forms.unreadable(errors)) {
            return planPage(person, body, model);
        }
        LocalDateTime start = planForm.date() == null || planForm.time() == null ? null : planForm.date().atTime(planForm.time());
        if (start != null && !start.isAfter(LocalDateTime.now(clock.withZone(calendar.zone())))) {
            errors.rejectValue("date", "meetings.plan.error.past");
        }
        boolean room = "ROOM".equals(planForm.place());
        if (room && planForm.roomId() == null) {
            errors.rejectValue("roomId", "meetings.plan.error.room");
        }
        if (room && planForm.organisationId() == null) {
            errors.rejectValue("organisationId", "meetings.plan.error.organisation");
        }
        if ("ADDRESS".equals(planForm.place()) && blank(planForm.address())) {
            errors.rejectValue("address", "meetings.plan.error.address");
        }
        if (planForm.format() != null && planForm.format().inPerson() && "NONE".equals(planForm.place())) {
            errors.rejectValue("place", "meetings.plan.error.place");
        }
        if (planForm.format() != null && planForm.format().online() && blank(planForm.videoLink())) {
            errors.rejectValue("videoLink", "meetings.plan.error.videoLink");
        }
        boolean written = planForm.format() == MeetingFormat.WRITTEN_CONSULTATION;
        if (written && (planForm.answersDate() == null || planForm.answersTime() == null)) {
            errors.rejectValue("answersDate", "meetings.plan.error.answers");
        }
        if (errors.hasErrors()) {
            return planPage(person, body, model);
        }
        NewMeeting meeting = new NewMeeting(bodyId, planForm.type(), planForm.firstCallId(), planForm.title(), start,
            planForm.durationMinutes(), planForm.format(), "ADDRESS".equals(planForm.place()) ? planForm.address() : null,
            planForm.videoLink(), written ? planForm.answersDate().atTime(planForm.answersTime()) : null,
            planForm.chairId(), planForm.secretaryId());
        try {
            Meeting planned = scheduling.plan(person.getPersonId(), meeting,
                Actors.of(person),
                room ? planForm.roomId() : null, planForm.organisationId(), planForm.attendees() == null ? 1 : planForm.attendees());
            List<EndingMandate> notConvened = EndingMandate.before(endingMandates(body), planForm.date());
            if (!notConvened.isEmpty()) {
                redirect.addFlashAttribute("flashWarning", "meetings.plan.notConvened");
                redirect.addFlashAttribute("flashWarningArgument", EndingMandate.names(notConvened));
            }
            return "redirect:/meetings/" + planned.id() + "/agenda";
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

    @GetMapping("/meetings/{id}")
    String meeting(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        readOnly.executeWithoutResult(status -> meetingPage(person, id, model));
        return "meetings/meeting";
    }

    private void meetingPage(SignedInPerson person, long id, Model model) {
        Meeting meeting = views.header(model, person, id);
        model.addAttribute("items", agendas.items(id));
        model.addAttribute("myProposals", agendas.proposalsBy(person.getPersonId(), id));
        if (meeting.isWritten()) {
            model.addAttribute("answeringFor", deliberations.answeringFor(person.getPersonId(), id));
            model.addAttribute("answers", deliberations.answers(id));
            model.addAttribute("answerChoices", Answer.values());
            model.addAttribute("answersOpen", LocalDateTime.now(clock.withZone(calendar.zone())).isBefore(meeting.answersUntil()));
        }
    }

    @PostMapping("/meetings/{id}/proposals")
    String propose(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                   @RequestParam @Text(max = 200, column = "governance.proposal.title") String title,
                   @RequestParam(defaultValue = "") @Text(max = 4000, column = "governance.proposal.description") String description,
                   RedirectAttributes redirect) {
        try {
            agendas.propose(person.getPersonId(), id, title, description);
            redirect.addFlashAttribute("notice", "meetings.proposal.sent");
        } catch (MeetingException e) {
            redirect.addFlashAttribute("refusalKey", "meetings.refused." + e.reason());
        }
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/answers")
    String answer(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @RequestParam long itemId,
                  @RequestParam long participantId, @RequestParam Answer answer, RedirectAttributes redirect) {
        try {
            deliberations.answer(person.getPersonId(), itemId, participantId, answer);
            redirect.addFlashAttribute("notice", "meetings.answer.saved");
        } catch (MeetingException e) {
            redirect.addFlashAttribute("refusalKey", "meetings.refused." + e.reason());
        }
        return "redirect:/meetings/" + id;
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
        model.addAttribute("organisations", Actors.isStaff(person)
            ? organisations.members() : organisations.ofPerson(person.getPersonId()));
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

    private Body plannable(SignedInPerson person, long bodyId) {
        Body body = entities.body(bodyId).orElseThrow(() -> new GovernanceNotFoundException("body " + bodyId));
        if (!meetings.mayPrepareIn(person.getPersonId(), bodyId)) {
            throw new MeetingAccessDeniedException("No current mandate to plan in body " + bodyId);
        }
        return body;
    }

    /** Bodies held today, and the general assemblies of the entities the person runs: two queries. */
    private List<Body> plannableBodies(long personId) {
        List<Body> held = mandates.bodiesHeldBy(personId, calendar.today());
        java.util.Set<Long> runs = held.stream().filter(b -> b.kind().runsTheEntity()).map(Body::entityId).collect(Collectors.toSet());
        return entities.allBodies().stream()
            .filter(b -> b.kind() == BodyKind.GENERAL_ASSEMBLY ? runs.contains(b.entityId()) : held.contains(b)).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
