package coop.toitcommun.web.governance;

import static coop.toitcommun.web.governance.EntityForms.changed;
import static coop.toitcommun.web.governance.EntityForms.done;
import static coop.toitcommun.web.governance.EntityPages.bodiesPath;
import static coop.toitcommun.web.governance.GovernanceAccess.actor;

import java.time.LocalDate;
import java.util.Locale;

import coop.toitcommun.governance.Entities;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.governance.RegisterException;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The entity's bodies and mandates: those who run it add bodies, record mandates and end them; history is kept. */
@Controller
class MandatesController {

    private final Entities entities;
    private final Mandates mandates;
    private final People people;
    private final Organisations organisations;
    private final EntityPages pages;

    MandatesController(Entities entities, Mandates mandates, People people, Organisations organisations, EntityPages pages) {
        this.entities = entities;
        this.mandates = mandates;
        this.people = people;
        this.organisations = organisations;
        this.pages = pages;
    }

    @GetMapping("/entities/{id}/bodies")
    String bodies(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        return pages.bodies(person, id, model);
    }

    @PostMapping("/entities/{id}/bodies")
    String addBody(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                   @Valid @ModelAttribute("bodyForm") BodyForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!Forms.unreadable(result) && changed(result, locale, () -> entities.addBody(actor(person), id, form.kind(), form.name()))) {
            return done(redirect, bodiesPath(id), "governance.flash.body");
        }
        return pages.bodies(person, id, model);
    }

    @PostMapping("/entities/{id}/mandates")
    String appoint(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                   @Valid @ModelAttribute("mandateForm") MandateForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        if (Forms.unreadable(result)) {
            return pages.bodies(person, id, model);
        }
        PersonRef holder = result.hasFieldErrors("email") ? null : people.findByEmail(form.email()).orElse(null);
        if (holder == null && !result.hasFieldErrors("email")) {
            result.rejectValue("email", "governance.form.unknownPerson");
        }
        if (form.organisationId() != null && organisations.find(form.organisationId()).isEmpty()) {
            result.rejectValue("organisationId", "NotNull");
        }
        if (changed(result, locale, () -> mandates.appoint(actor(person), id, form.bodyId(), holder.id(), form.organisationId(),
                form.role(), form.startsOn(), form.endsOn()))) {
            return done(redirect, bodiesPath(id), "governance.flash.appointed");
        }
        return pages.bodies(person, id, model);
    }

    @PostMapping("/entities/{id}/mandates/{mandateId}/end")
    String end(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @PathVariable long mandateId,
               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay, RedirectAttributes redirect) {
        try {
            mandates.end(actor(person), id, mandateId, lastDay);
            redirect.addFlashAttribute("flashSuccess", "governance.flash.ended");
        } catch (RegisterException e) {
            redirect.addFlashAttribute("flashError", "governance.refused." + e.reason());
        }
        return "redirect:" + bodiesPath(id);
    }
}
