package coop.toitcommun.web.governance;

import static coop.toitcommun.web.governance.EntityForms.changed;
import static coop.toitcommun.web.governance.EntityForms.done;
import static coop.toitcommun.web.governance.EntityPages.detailsPath;
import static coop.toitcommun.web.governance.GovernanceAccess.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import coop.toitcommun.governance.Deadlines;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.LegalEntity;
import coop.toitcommun.governance.RelationKind;
import coop.toitcommun.governance.WhoHoldsWhat;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The legal entities: an overview with their diagram, and each entity's first page, its details, relations and
 * deadlines (its statutes settings have {@link StatutesController}, its register {@link RegisterController}, its
 * bodies and mandates {@link MandatesController}). The governance module checks who acts and every rule.
 */
@Controller
class EntitiesController {

    private final Entities entities;
    private final WhoHoldsWhat whoHoldsWhat;
    private final Deadlines deadlines;
    private final HouseClock calendar;
    private final EntityPages pages;

    EntitiesController(Entities entities, WhoHoldsWhat whoHoldsWhat, Deadlines deadlines,
                       HouseClock calendar, EntityPages pages) {
        this.entities = entities;
        this.whoHoldsWhat = whoHoldsWhat;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.pages = pages;
    }

    @GetMapping("/entities")
    String overview(Model model) {
        List<LegalEntity> all = entities.all();
        Map<String, Set<Long>> sitting = whoHoldsWhat.entitiesByOrganisation(calendar.today());
        model.addAttribute("entities", all);
        model.addAttribute("names", all.stream().collect(Collectors.toMap(LegalEntity::id, LegalEntity::name)));
        model.addAttribute("relations", entities.relations());
        model.addAttribute("sitting", sitting);
        model.addAttribute("diagram", EntityDiagram.of(all, entities.relations(), sitting));
        return "governance/entities";
    }

    /** The entity's first page; the register's date and year, once read here, now lead to the register's page. */
    @GetMapping("/entities/{id}")
    String entity(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                  @RequestParam(required = false) Integer year, Model model) {
        if (at != null || year != null) {
            return "redirect:" + UriComponentsBuilder.fromPath(EntityPages.registerPath(id))
                .queryParamIfPresent("at", Optional.ofNullable(at))
                .queryParamIfPresent("year", Optional.ofNullable(year)).toUriString();
        }
        return pages.details(person, id, model);
    }

    @PostMapping("/entities/{id}/details")
    String details(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                   @Valid @ModelAttribute("detailsForm") DetailsForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        if (!Forms.unreadable(result) && changed(result, locale, () -> entities.updateDetails(actor(person), id, form.siren(),
                form.address(), form.fiscalYearEnd(), Money.parseCents(form.shareNominal())))) {
            return done(redirect, detailsPath(id), "governance.flash.details");
        }
        return pages.details(person, id, model);
    }

    @PostMapping("/entities/{id}/relations")
    String relate(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                  @Valid @ModelAttribute("relationForm") RelationForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!Forms.unreadable(result) && changed(result, locale, () -> entities.relate(actor(person), id, form.toId(), form.kind()))) {
            return done(redirect, detailsPath(id), "governance.flash.relations");
        }
        return pages.details(person, id, model);
    }

    @PostMapping("/entities/{id}/relations/remove")
    String unrelate(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @RequestParam long toId,
                    @RequestParam RelationKind kind, RedirectAttributes redirect) {
        entities.unrelate(actor(person), id, toId, kind);
        return done(redirect, detailsPath(id), "governance.flash.relations");
    }

    @PostMapping("/entities/{id}/revision")
    String revision(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, RedirectAttributes redirect) {
        entities.recordCooperativeRevision(actor(person), id, on);
        return done(redirect, detailsPath(id), "governance.flash.revision");
    }

    @PostMapping("/entities/{id}/reminders/{reminderId}/done")
    String reminderDone(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @PathVariable long reminderId,
                        RedirectAttributes redirect) {
        deadlines.markDone(actor(person), id, reminderId, calendar.today());
        return done(redirect, detailsPath(id), "governance.flash.reminderDone");
    }
}
