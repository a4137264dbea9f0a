package coop.toitcommun.web.meetings;

import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.governance.Attendance;
import coop.toitcommun.governance.AttendanceEntry;
import coop.toitcommun.governance.Ballot;
import coop.toitcommun.governance.CollegeCount;
import coop.toitcommun.governance.Deliberations;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingException;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.Participant;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * On the day ({@code /meetings/{id}/session}), for those who prepare the meeting: the attendance sheet with
 * proxies, the live quorum with its formula, and the votes on each resolution per college.
 */
@Controller
class SessionController {

    private final Meetings meetings;
    private final Deliberations deliberations;
    private final MeetingViews views;
    private final MeetingRecord record;

    SessionController(Meetings meetings, Deliberations deliberations, MeetingViews views, MeetingRecord record) {
        this.meetings = meetings;
        this.deliberations = deliberations;
        this.views = views;
        this.record = record;
    }

    @GetMapping("/meetings/{id}/session")
    String session(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        Meeting meeting = views.preparerHeader(model, person, id);
        model.addAllAttributes(record.of(meeting));
        model.addAttribute("attendances", Attendance.values());
        return "meetings/session";
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                      @Valid @ModelAttribute AttendanceForm form, RedirectAttributes redirect) {
        List<AttendanceEntry> sheet = new ArrayList<>();
        for (Participant participant : deliberations.participants(id)) {
            Attendance attendance = form.attendance().get(participant.id());
            if (attendance == null) {
                continue;
            }
            sheet.add(new AttendanceEntry(participant.id(), attendance,
                attendance == Attendance.REPRESENTED ? form.holder().get(participant.id()) : null));
        }
        try {
            deliberations.recordAttendance(person.getPersonId(), id, sheet);
            redirect.addFlashAttribute("notice", "meetings.attendance.saved");
        } catch (MeetingException e) {
            redirect.addFlashAttribute("refusalKey", "meetings.refused." + e.reason());
            redirect.addFlashAttribute("refusalArguments", e.arguments().toArray());
        }
        return "redirect:/meetings/" + id + "/session#attendance";
    }

    @PostMapping("/meetings/{id}/items/{itemId}/votes")
    String votes(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @PathVariable long itemId,
                 @Valid @ModelAttribute VotesForm form, RedirectAttributes redirect) {
        Meeting meeting = meetings.preparedBy(person.getPersonId(), id);
        List<CollegeCount> counts = new ArrayList<>();
        List<Ballot> ballots = deliberations.ballots(meeting, deliberations.participants(id));
        for (int i = 0; i < ballots.size(); i++) {
            counts.add(new CollegeCount(ballots.get(i).college(), ballots.get(i).weightPct(), VotesForm.count(form.votesFor(), i),
                VotesForm.count(form.against(), i), VotesForm.count(form.abstain(), i)));
        }
        try {
            deliberations.recordVotes(person.getPersonId(), itemId, counts);
            redirect.addFlashAttribute("notice", "meetings.votes.saved");
        } catch (MeetingException e) {
            redirect.addFlashAttribute("refusalKey", "meetings.refused." + e.reason());
            redirect.addFlashAttribute("refusalArguments", e.arguments().toArray());
        }
        return "redirect:/meetings/" + id + "/session#item-" + itemId;
    }
}
