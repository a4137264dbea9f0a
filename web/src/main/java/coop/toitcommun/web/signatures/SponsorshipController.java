package coop.toitcommun.web.signatures;

import coop.toitcommun.membership.Applications;
import coop.toitcommun.membership.MembershipRuleException;
import coop.toitcommun.membership.SponsorAnswer;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sponsor's representatives confirm or decline a cooptation from their dashboard. */
@Controller
class SponsorshipController {

    private final Applications applications;

    SponsorshipController(Applications applications) {
        this.applications = applications;
    }

    @PostMapping("/sponsorships/{applicationId}/confirm")
    String confirm(@AuthenticationPrincipal SignedInPerson person, @PathVariable long applicationId,
                   RedirectAttributes redirect) {
        return answer(person, applicationId, SponsorAnswer.CONFIRMED, redirect);
    }

    @PostMapping("/sponsorships/{applicationId}/decline")
    String decline(@AuthenticationPrincipal SignedInPerson person, @PathVariable long applicationId,
                   RedirectAttributes redirect) {
        return answer(person, applicationId, SponsorAnswer.DECLINED, redirect);
    }

    private String answer(SignedInPerson person, long applicationId, SponsorAnswer answer, RedirectAttributes redirect) {
        try {
            applications.answerAsSponsor(person.getPersonId(), applicationId, answer);
            redirect.addFlashAttribute("flashSuccess", "sponsorship.answered." + answer.name());
        } catch (MembershipRuleException e) {
            redirect.addFlashAttribute("flashError", "signatures.refused." + e.reason());
        }
        return "redirect:/dashboard";
    }
}
