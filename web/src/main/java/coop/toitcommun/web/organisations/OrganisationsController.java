package coop.toitcommun.web.organisations;

import coop.toitcommun.membership.EssStatus;
import coop.toitcommun.membership.LegalForm;
import coop.toitcommun.membership.MembershipRuleException;
import coop.toitcommun.membership.OrganisationCard;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.PersonKind;
import coop.toitcommun.web.error.Forms;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** The directory, and the card and contacts that an organisation's people manage. */
@Controller
class OrganisationsController {

    private final Organisations organisations;
    private final DirectoryPage directory;

    OrganisationsController(Organisations organisations, DirectoryPage directory) {
        this.organisations = organisations;
        this.directory = directory;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(required = false) @Text(max = 200, column = Text.NOT_STORED) String q,
                @RequestParam(required = false) @Text(max = 20, column = Text.NOT_STORED) String circle,
                @RequestParam(required = false) @Text(max = 40, column = Text.NOT_STORED) String ess,
                @RequestParam(required = false) @Text(max = 200, column = Text.NOT_STORED) String commune,
                @RequestParam(required = false) @Text(max = 10, column = Text.NOT_STORED) String page,
                @AuthenticationPrincipal SignedInPerson person, Model model) {
        directory.fill(model, q, circle, ess, commune, page, person);
        return "organisations/list";
    }

    @GetMapping("/organisations/{id}")
    String card(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        OrganisationCard card = organisations.card(person.getPersonId(), id);
        model.addAttribute("cardForm", CardForm.of(card));
        model.addAttribute("contactForm", ContactForm.empty());
        return page(person, card, model);
    }

    @PostMapping("/organisations/{id}")
    String update(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @Valid @ModelAttribute("cardForm") CardForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        OrganisationCard card = organisations.card(person.getPersonId(), id);
        if (Forms.unreadable(result)) {
            model.addAttribute("contactForm", ContactForm.empty());
            return page(person, card, model);
        }
        form.organisation().check(result);
        if (result.hasErrors()) {
            model.addAttribute("contactForm", ContactForm.empty());
            return page(person, card, model);
        }
        try {
            organisations.updateCard(person.getPersonId(), id, form.version(), form.organisation().toDetails());
        } catch (OptimisticLockingFailureException e) {
            result.reject("organisation.changedMeanwhile");
            model.addAttribute("contactForm", ContactForm.empty());
            return page(person, card, model);
        }
        redirect.addFlashAttribute("flashSuccess", "organisation.saved");
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/organisations/{id}/contacts")
    String addContact(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                      @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        OrganisationCard card = organisations.card(person.getPersonId(), id);
        if (result.hasErrors()) {
            model.addAttribute("cardForm", CardForm.of(card));
            return page(person, card, model);
        }
        organisations.addContact(person.getPersonId(), id, form.toDetails());
        redirect.addFlashAttribute("flashSuccess", "organisation.contactAdded");
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/organisations/{id}/contacts/{contactId}/remove")
    String removeContact(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                         @PathVariable long contactId, RedirectAttributes redirect) {
        try {
            organisations.removeContact(person.getPersonId(), id, contactId);
            redirect.addFlashAttribute("flashSuccess", "organisation.contactRemoved");
        } catch (MembershipRuleException e) {
            redirect.addFlashAttribute("flashError", "organisation.refused." + e.reason());
        }
        return "redirect:/organisations/" + id;
    }

    private String page(SignedInPerson person, OrganisationCard card, Model model) {
        if (!model.containsAttribute("cardForm")) {
            model.addAttribute("cardForm", CardForm.of(card));
        }
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", ContactForm.empty());
        }
        model.addAttribute("card", card);
        model.addAttribute("canEdit", organisations.isLinked(person.getPersonId(), card.id()));
        model.addAttribute("contacts", organisations.contacts(person.getPersonId(), card.id()));
        model.addAttribute("epcis", organisations.epcis());
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("essStatuses", EssStatus.values());
        model.addAttribute("roles", OrganisationRole.values());
        model.addAttribute("kinds", PersonKind.values());
        return "organisations/card";
    }
}
