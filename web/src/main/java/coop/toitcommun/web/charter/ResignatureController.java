package coop.toitcommun.web.charter;

import coop.toitcommun.membership.MembershipRuleException;
import coop.toitcommun.membership.Resignatures;
import coop.toitcommun.membership.Signature;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A representative re-signs the current charter on behalf of their organisation, from the dashboard. */
@Controller
class ResignatureController {

    private final Resignatures resignatures;

    ResignatureController(Resignatures resignatures) {
        this.resignatures = resignatures;
    }

    @PostMapping("/resignatures/{organisationId}")
    String resign(@AuthenticationPrincipal SignedInPerson person, @PathVariable long organisationId,
                  @RequestParam(defaultValue = "") @Text(max = 200, column = "membership.charter_signature.typed_name") String typedName,
                  @RequestParam(defaultValue = "false") boolean commitment, RedirectAttributes redirect) {
        try {
            resignatures.resign(person.getPersonId(), organisationId, new Signature(typedName, commitment));
            redirect.addFlashAttribute("flashSuccess", "resignature.done");
        } catch (MembershipRuleException e) {
            redirect.addFlashAttribute("flashError", "resignature.refused." + e.reason());
            redirect.addFlashAttribute("typedName", typedName);
        }
        return "redirect:/dashboard";
    }
}
