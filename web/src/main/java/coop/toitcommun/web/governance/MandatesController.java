package coop.toitcommun.web.governance;

import java.time.LocalDate;
import java.util.Locale;

import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.governance.GovernanceNotFoundException;
import coop.toitcommun.governance.GovernanceRuleException;
import coop.toitcommun.governance.Mandate;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.web.error.Forms;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Those who run an entity record its mandates and end them; history is kept. */
@Controller
class MandatesController {

    private final Entities entities;
    private final Mandates mandates;
    private final People people;
    private final Organisations organisations;
    private final GovernanceAccess access;
    private final EntityPage entityPage;

    MandatesController(Entities entities, Mandates mandates, People people, Organisations organisations,
                       GovernanceAccess access, EntityPage entityPage) {
        this.entities = entities;
        this.mandates = mandates;
        this.people = people;
        this.organisations = organisations;
        this.access = access;
        this.entityPage = entityPage;
    }

    @PostMapping("/entities/{id}/mandates")
    String appoint(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                   @Valid @ModelAttribute("mandateForm") MandateForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        access.requireManage(person, id);
        if (Forms.unreadable(result)) {
            return entityPage.render(person, id, null, null, model);
        }
        if (form.bodyId() != null && entities.body(form.bodyId()).filter(b -> b.entityId() == id).isEmpty()) {
            result.rejectValue("bodyId", "NotNull");
        }
        PersonRef holder = null;
        if (!result.hasFieldErrors("email")) {
            holder = people.findByEmail(form.email()).orElse(null);
            if (holder == null) {
                result.rejectValue("email", "governance.form.unknownPerson");
            }
        }
        if (form.organisationId() != null && organisations.find(form.organisationId()).isEmpty()) {
            result.rejectValue("organisationId", "NotNull");
        }
        if (form.startsOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            result.rejectValue("endsOn", "governance.form.endBeforeStart");
        }
        if (!result.hasErrors()) {
            try {
                mandates.appoint(form.bodyId(), holder.id(), form.organisationId(), form.role(), form.startsOn(), form.endsOn());
                redirect.addFlashAttribute("flashSuccess", "governance.flash.appointed");
                return "redirect:/entities/" + id + "#bodies";
            } catch (GovernanceRuleException e) {
                RuleMessages.reject(result, e, locale);
            }
        }
        return entityPage.render(person, id, null, null, model);
    }

    @PostMapping("/entities/{id}/mandates/{mandateId}/end")
    String end(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @PathVariable long mandateId,
               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay, RedirectAttributes redirect) {
        access.requireManage(person, id);
        Mandate mandate = mandates.find(mandateId).orElseThrow(() -> new GovernanceNotFoundException("mandate " + mandateId));
        Body body = entities.body(mandate.bodyId()).filter(b -> b.entityId() == id)
            .orElseThrow(() -> new GovernanceNotFoundException("mandate " + mandateId));
        if (lastDay.isBefore(mandate.startsOn())) {
            redirect.addFlashAttribute("flashError", "governance.form.endBeforeStart");
        } else {
            mandates.end(mandate.id(), lastDay);
            redirect.addFlashAttribute("flashSuccess", "governance.flash.ended");
        }
        return "redirect:/entities/" + body.entityId() + "#bodies";
    }
}
