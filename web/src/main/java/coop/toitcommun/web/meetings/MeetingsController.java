package coop.toitcommun.web.meetings;

import coop.toitcommun.governance.Agendas;
import coop.toitcommun.governance.Answer;
import coop.toitcommun.governance.Deliberations;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingException;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A meeting's page for everyone convened: its agenda, proposals of items and the answers of a written consultation. */
@Controller
class MeetingsController {

    private final Agendas agendas;
    private final Deliberations deliberations;
    private final MeetingViews views;

    /** A meeting page reads in one read-only transaction, so that the facts its parts share are read once. */
    private final TransactionTemplate readOnly;

    MeetingsController(Agendas agendas, Deliberations deliberations, MeetingViews views, PlatformTransactionManager transactions) {
        this.agendas = agendas;
        this.deliberations = deliberations;
        this.views = views;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @GetMapping("/meetings/{id}")
    String meeting(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        readOnly.executeWithoutResult(status -> meetingPage(person, id, model));
        return "meetings/meeting";
    }

    private void meetingPage(SignedInPerson person, long id, Model model) {
        Meeting meeting = views.headerAndItems(model, person, id);
        model.addAttribute("myProposals", agendas.proposalsBy(person.getPersonId(), id));
        if (meeting.isWritten()) {
            model.addAttribute("answeringFor", deliberations.answeringFor(person.getPersonId(), id));
            model.addAttribute("answers", deliberations.answers(id));
            model.addAttribute("answerChoices", Answer.values());
            model.addAttribute("answersOpen", deliberations.answersOpen(meeting));
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
}
