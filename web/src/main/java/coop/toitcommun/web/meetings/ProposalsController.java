package coop.toitcommun.web.meetings;

import coop.toitcommun.governance.Agendas;
import coop.toitcommun.governance.MeetingException;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Those who prepare a meeting answer the items members proposed, and take up the agenda's suggestions. */
@Controller
class ProposalsController {

    private final Agendas agendas;

    ProposalsController(Agendas agendas) {
        this.agendas = agendas;
    }

    @PostMapping("/meetings/{id}/proposals/{proposalId}/accept")
    String accept(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @PathVariable long proposalId,
                  RedirectAttributes redirect) {
        return toAgenda(id, redirect, () -> agendas.accept(person.getPersonId(), id, proposalId));
    }

    @PostMapping("/meetings/{id}/proposals/{proposalId}/decline")
    String decline(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @PathVariable long proposalId,
                   @RequestParam(defaultValue = "") @Text(max = 1000, column = "governance.proposal.decline_reason") String reason,
                   RedirectAttributes redirect) {
        return toAgenda(id, redirect, () -> agendas.decline(person.getPersonId(), id, proposalId, reason));
    }

    @PostMapping("/meetings/{id}/suggestions")
    String addSuggestion(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                         @RequestParam(required = false) Long fromItemId, RedirectAttributes redirect) {
        return toAgenda(id, redirect, () -> agendas.addSuggestion(person.getPersonId(), id, fromItemId));
    }

    /** Does what was asked and goes back to the agenda, with the module's refusal when there is one. */
    private static String toAgenda(long meetingId, RedirectAttributes redirect, Runnable decision) {
        try {
            decision.run();
        } catch (MeetingException e) {
            redirect.addFlashAttribute("refusalKey", "meetings.refused." + e.reason());
        }
        return "redirect:/meetings/" + meetingId + "/agenda";
    }
}
