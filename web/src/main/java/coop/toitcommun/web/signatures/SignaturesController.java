package coop.toitcommun.web.signatures;

import java.util.stream.Collectors;

import coop.toitcommun.membership.Applications;
import coop.toitcommun.membership.DoorSettings;
import coop.toitcommun.membership.MembershipRuleException;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
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

/** The co-founders' queue of charter signatures and their decisions (membership refuses anyone else). */
@Controller
class SignaturesController {

    private final Applications applications;
    private final Organisations organisations;
    private final DoorSettings settings;

    SignaturesController(Applications applications, Organisations organisations, DoorSettings settings) {
        this.applications = applications;
        this.organisations = organisations;
        this.settings = settings;
    }

    @GetMapping("/signatures")
    String queue(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("rejectForm", new RejectForm(""));
        return queuePage(person, model);
    }

    @PostMapping("/signatures/{id}/approve")
    String approve(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
        try {
            applications.approve(person.getPersonId(), id);
            redirect.addFlashAttribute("flashSuccess", "signatures.approved");
        } catch (MembershipRuleException e) {
            redirect.addFlashAttribute("flashError", "signatures.refused." + e.reason());
        }
        return "redirect:/signatures";
    }

    @PostMapping("/signatures/{id}/reject")
    String reject(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("rejecting", id);
            return queuePage(person, model);
        }
        try {
            applications.reject(person.getPersonId(), id, form.reason());
            redirect.addFlashAttribute("flashSuccess", "signatures.rejected");
        } catch (MembershipRuleException e) {
            redirect.addFlashAttribute("flashError", "signatures.refused." + e.reason());
        }
        return "redirect:/signatures";
    }

    /** Co-founders keep the list of intercommunalities that cards choose from. */
    @PostMapping("/signatures/epcis")
    String addEpci(@AuthenticationPrincipal SignedInPerson person,
                   @RequestParam(defaultValue = "") @Text(max = 200, column = "membership.epci.name") String name,
                   RedirectAttributes redirect) {
        try {
            organisations.addEpci(person.getPersonId(), name);
            redirect.addFlashAttribute("flashSuccess", "epci.added");
            redirect.addFlashAttribute("flashArgument", name.trim());
        } catch (MembershipRuleException e) {
            redirect.addFlashAttribute("flashError", "epci.refused." + e.reason());
        } catch (DataIntegrityViolationException e) {
            redirect.addFlashAttribute("flashError", "epci.refused.exists");
        }
        return "redirect:/signatures";
    }

    /** The door's log became the house's audit trail: the old address leads there. */
    @GetMapping("/signatures/audit")
    String audit() {
        return "redirect:/audit";
    }

    /** The pending applications, and which of them are the reader's own organisation's (no decision offered there). */
    private String queuePage(SignedInPerson person, Model model) {
        model.addAttribute("applications", applications.pending(person.getPersonId()));
        model.addAttribute("approvalsNeeded", settings.approvalsNeeded());
        model.addAttribute("me", person.getPersonId());
        model.addAttribute("mine", organisations.ofPerson(person.getPersonId()).stream().map(OrganisationRef::id)
            .collect(Collectors.toSet()));
        model.addAttribute("epcis", organisations.epcis());
        return "signatures/queue";
    }
}
