package coop.toitcommun.web.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import coop.toitcommun.governance.CollegeWeight;
import coop.toitcommun.governance.Deadlines;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.governance.GovernanceCalendar;
import coop.toitcommun.governance.GovernanceRuleException;
import coop.toitcommun.governance.Holder;
import coop.toitcommun.governance.LegalEntity;
import coop.toitcommun.governance.Majority;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.governance.MovementStatus;
import coop.toitcommun.governance.QuorumBasis;
import coop.toitcommun.governance.RegisterException;
import coop.toitcommun.governance.Registers;
import coop.toitcommun.governance.RelationKind;
import coop.toitcommun.governance.ShareMovement;
import coop.toitcommun.governance.Subscription;
import coop.toitcommun.governance.Transfer;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.People;
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

/**
 * The legal entities: an overview with their diagram, and each entity's page (bodies, register, capital,
 * statutes settings, deadlines). People who run the entity keep its register from that page.
 */
@Controller
class EntitiesController {

    private final Entities entities;
    private final Registers registers;
    private final Mandates mandates;
    private final Deadlines deadlines;
    private final People people;
    private final Organisations organisations;
    private final GovernanceCalendar calendar;
    private final GovernanceAccess access;
    private final EntityPage entityPage;

    EntitiesController(Entities entities, Registers registers, Mandates mandates, Deadlines deadlines, People people,
                       Organisations organisations, GovernanceCalendar calendar, GovernanceAccess access,
                       EntityPage entityPage) {
        this.entityPage = entityPage;
        this.entities = entities;
        this.registers = registers;
        this.mandates = mandates;
        this.deadlines = deadlines;
        this.people = people;
        this.organisations = organisations;
        this.calendar = calendar;
        this.access = access;
    }

    @GetMapping("/entities")
    String overview(Model model) {
        List<LegalEntity> all = entities.all();
        Map<String, Set<Long>> sitting = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        LocalDate today = calendar.today();
        registers.allAssociates().stream()
            .filter(a -> a.holder().organisationId() != null && a.isMemberOn(today))
            .forEach(a -> sitting.computeIfAbsent(a.holderName(), k -> new TreeSet<>()).add(a.entityId()));
        mandates.current(today).stream().filter(m -> m.organisationName() != null)
            .forEach(m -> sitting.computeIfAbsent(m.organisationName(), k -> new TreeSet<>()).add(m.body().entityId()));
        model.addAttribute("entities", all);
        model.addAttribute("names", all.stream().collect(Collectors.toMap(LegalEntity::id, LegalEntity::name)));
        model.addAttribute("relations", entities.relations());
        model.addAttribute("sitting", sitting);
        model.addAttribute("diagram", EntityDiagram.of(all, entities.relations(), sitting));
        return "governance/entities";
    }

    @GetMapping("/entities/{id}")
    String entity(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                  @RequestParam(required = false) Integer year, Model model) {
        return page(person, id, at, year, model);
    }

    @PostMapping("/entities/{id}/associates")
    String admit(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                 @Valid @ModelAttribute("admitForm") AdmitForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        access.requireManage(person, id);
        if (Forms.unreadable(result)) {
            return page(person, id, null, null, model);
        }
        LegalEntity entity = entities.get(id);
        Holder holder = null;
        if (form.holderKind() == AdmitForm.HolderKind.PERSON) {
            holder = form.email() == null ? null : people.findByEmail(form.email()).map(p -> Holder.person(p.id())).orElse(null);
            if (holder == null) {
                result.rejectValue("email", "governance.form.unknownPerson");
            }
        } else if (form.holderKind() == AdmitForm.HolderKind.ORGANISATION) {
            if (form.organisationId() == null || organisations.find(form.organisationId()).isEmpty()) {
                result.rejectValue("organisationId", "NotNull");
            } else {
                holder = Holder.organisation(form.organisationId());
            }
        }
        if (entity.legalForm().isScic() && form.category() == null) {
            result.rejectValue("category", "NotNull");
        }
        if (result.hasErrors()) {
            return page(person, id, null, null, model);
        }
        registers.admit(id, holder, form.category(), form.collegeId(), form.entryDate());
        return done(redirect, id, "governance.flash.admitted");
    }

    @PostMapping("/entities/{id}/subscriptions")
    String subscribe(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                     @Valid @ModelAttribute("subscriptionForm") SubscriptionForm form, BindingResult result, Model model,
                     RedirectAttributes redirect) {
        access.requireManage(person, id);
        if (Forms.unreadable(result)) {
            return page(person, id, null, null, model);
        }
        LegalEntity entity = entities.get(id);
        Long paidUp = Money.parseCents(form.paidUp());
        positive(result, "shares", form.shares());
        if (paidUp == null) {
            result.rejectValue("paidUp", "governance.form.amount");
        } else if (form.shares() != null && entity.shareNominalCents() != null && paidUp > form.shares() * entity.shareNominalCents()) {
            result.rejectValue("paidUp", "governance.form.paidUpTooHigh");
        }
        requireAssociateOf(id, form.associateId(), result, "associateId");
        if (changed(result, locale, () -> registers.subscribe(new Subscription(form.associateId(), form.shares(),
                entity.shareNominalCents(), paidUp, form.paidOn(), form.subscribedOn())))) {
            return done(redirect, id, "governance.flash.subscribed");
        }
        return page(person, id, null, null, model);
    }

    @PostMapping("/entities/{id}/transfers")
    String transfer(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                    @Valid @ModelAttribute("transferForm") TransferForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        access.requireManage(person, id);
        if (Forms.unreadable(result)) {
            return page(person, id, null, null, model);
        }
        positive(result, "shares", form.shares());
        requireAssociateOf(id, form.fromId(), result, "fromId");
        requireAssociateOf(id, form.toId(), result, "toId");
        if (changed(result, locale, () -> registers.transfer(new Transfer(form.fromId(), form.toId(), form.shares(),
                form.approval(), form.approvedOn(), form.transferredOn())))) {
            return done(redirect, id, "governance.flash.transferred");
        }
        return page(person, id, null, null, model);
    }

    @PostMapping("/entities/{id}/redemptions")
    String redeem(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @Valid @ModelAttribute("redemptionForm") RedemptionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        access.requireManage(person, id);
        if (Forms.unreadable(result)) {
            return page(person, id, null, null, model);
        }
        positive(result, "shares", form.shares());
        requireAssociateOf(id, form.associateId(), result, "associateId");
        if (!result.hasErrors()) {
            try {
                ShareMovement redemption = registers.requestRedemption(form.associateId(), form.shares(), form.requestedOn());
                return done(redirect, id, redemption.status() == MovementStatus.WAITING ? "governance.flash.redemptionWaits"
                    : "governance.flash.redeemed");
            } catch (RegisterException e) {
                result.reject("governance.refused." + e.reason());
            }
        }
        return page(person, id, null, null, model);
    }

    @PostMapping("/entities/{id}/exits")
    String leave(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                 @Valid @ModelAttribute("exitForm") ExitForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        access.requireManage(person, id);
        if (Forms.unreadable(result)) {
            return page(person, id, null, null, model);
        }
        requireAssociateOf(id, form.associateId(), result, "associateId");
        if (changed(result, locale, () -> registers.leave(form.associateId(), form.exitDate(), form.reason()))) {
            return done(redirect, id, "governance.flash.left");
        }
        return page(person, id, null, null, model);
    }

    @PostMapping("/entities/{id}/dues")
    String dues(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                @Valid @ModelAttribute("duesForm") DuesForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        access.requireManage(person, id);
        if (Forms.unreadable(result)) {
            return page(person, id, null, null, model);
        }
        Long amount = Money.parseCents(form.amount());
        if (amount == null) {
            result.rejectValue("amount", "governance.form.amount");
        }
        requireAssociateOf(id, form.associateId(), result, "associateId");
        if (result.hasErrors()) {
            return page(person, id, null, form.year(), model);
        }
        registers.recordDues(form.associateId(), form.year(), amount, form.paidOn());
        redirect.addFlashAttribute("flashSuccess", "governance.flash.dues");
        return "redirect:/entities/" + id + "?year=" + form.year() + "#members";
    }

    @PostMapping("/entities/{id}/colleges")
    String colleges(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                    @Valid @ModelAttribute("collegesForm") CollegesForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        access.requireManage(person, id);
        if (Forms.unreadable(result)) {
            return page(person, id, null, null, model);
        }
        List<CollegeWeight> weights = new ArrayList<>();
        List<String> names = form.names() == null ? List.of() : form.names();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).trim();
            String weight = form.weights() != null && i < form.weights().size() ? form.weights().get(i) : null;
            if (name.isEmpty() && (weight == null || weight.isBlank())) {
                continue;
            }
            Long hundredths = Money.parseCents(weight);
            if (name.isEmpty() || hundredths == null) {
                result.reject("governance.form.collegeRow");
                return page(person, id, null, null, model);
            }
            weights.add(new CollegeWeight(name, BigDecimal.valueOf(hundredths, 2)));
        }
        if (changed(result, locale, () -> entities.setColleges(id, weights))) {
            return done(redirect, id, "governance.flash.colleges");
        }
        return page(person, id, null, null, model);
    }

    @PostMapping("/entities/{id}/meeting-rules")
    String meetingRule(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                       @Valid @ModelAttribute("meetingRuleForm") MeetingRuleForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        access.requireManage(person, id);
        if (Forms.unreadable(result)) {
            return page(person, id, null, null, model);
        }
        LegalEntity entity = entities.get(id);
        if (form.majority() == Majority.CUSTOM && form.majorityPct() == null) {
            result.rejectValue("majorityPct", "NotNull");
        }
        if (entity.legalForm().isScic() && form.quorumBasis() == QuorumBasis.SHARES) {
            result.rejectValue("quorumBasis", "governance.form.scicQuorumByShares");
        }
        if (result.hasErrors()) {
            return page(person, id, null, null, model);
        }
        entities.updateMeetingRule(id, form.toRule());
        return done(redirect, id, "governance.flash.settings");
    }

    @PostMapping("/entities/{id}/settings")
    String settings(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                    @Valid @ModelAttribute("settingsForm") SettingsForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        access.requireManage(person, id);
        if (Forms.unreadable(result)) {
            return page(person, id, null, null, model);
        }
        if (result.hasErrors()) {
            return page(person, id, null, null, model);
        }
        entities.updateSettings(id, form.toSettings());
        return done(redirect, id, "governance.flash.settings");
    }

    @PostMapping("/entities/{id}/details")
    String details(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                   @Valid @ModelAttribute("detailsForm") DetailsForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        access.requireManage(person, id);
        if (Forms.unreadable(result)) {
            return page(person, id, null, null, model);
        }
        LegalEntity entity = entities.get(id);
        Long nominal = Money.parseCents(form.shareNominal());
        if (entity.legalForm().hasShares() && (nominal == null || nominal == 0)) {
            result.rejectValue("shareNominal", "governance.form.amount");
        }
        if (result.hasErrors()) {
            return page(person, id, null, null, model);
        }
        entities.updateDetails(id, form.siren(), form.address(), form.fiscalYearEnd(), entity.legalForm().hasShares() ? nominal : null);
        return done(redirect, id, "governance.flash.details");
    }

    @PostMapping("/entities/{id}/bodies")
    String addBody(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                   @Valid @ModelAttribute("bodyForm") BodyForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        access.requireManage(person, id);
        if (Forms.unreadable(result)) {
            return page(person, id, null, null, model);
        }
        if (!result.hasErrors() && entities.bodies(id).stream().anyMatch(b -> b.name().equalsIgnoreCase(form.name().trim()))) {
            result.rejectValue("name", "governance.form.bodyExists");
        }
        if (result.hasErrors()) {
            return page(person, id, null, null, model);
        }
        entities.addBody(id, form.kind(), form.name());
        return done(redirect, id, "governance.flash.body");
    }

    @PostMapping("/entities/{id}/relations")
    String relate(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @Valid @ModelAttribute("relationForm") RelationForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        access.requireManage(person, id);
        if (Forms.unreadable(result)) {
            return page(person, id, null, null, model);
        }
        if (form.toId() != null && (form.toId() == id || entities.find(form.toId()).isEmpty())) {
            result.rejectValue("toId", "NotNull");
        }
        if (result.hasErrors()) {
            return page(person, id, null, null, model);
        }
        entities.relate(id, form.toId(), form.kind());
        return done(redirect, id, "governance.flash.relations");
    }

    @PostMapping("/entities/{id}/relations/remove")
    String unrelate(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @RequestParam long toId,
                    @RequestParam RelationKind kind, RedirectAttributes redirect) {
        access.requireManage(person, id);
        entities.unrelate(id, toId, kind);
        return done(redirect, id, "governance.flash.relations");
    }

    @PostMapping("/entities/{id}/revision")
    String revision(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, RedirectAttributes redirect) {
        access.requireManage(person, id);
        entities.recordCooperativeRevision(id, on);
        return done(redirect, id, "governance.flash.revision");
    }

    @PostMapping("/entities/{id}/reminders/{reminderId}/done")
    String reminderDone(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @PathVariable long reminderId,
                        RedirectAttributes redirect) {
        access.requireManage(person, id);
        deadlines.markDone(id, reminderId, calendar.today());
        return done(redirect, id, "governance.flash.reminderDone");
    }

    private String page(SignedInPerson person, long id, LocalDate at, Integer year, Model model) {
        return entityPage.render(person, id, at, year, model);
    }

    private void requireAssociateOf(long entityId, Long associateId, BindingResult result, String field) {
        if (associateId != null && registers.findAssociate(associateId).filter(a -> a.entityId() == entityId).isEmpty()) {
            result.rejectValue(field, "NotNull");
        }
    }

    private static void positive(BindingResult result, String field, Integer value) {
        if (value != null && value <= 0) {
            result.rejectValue(field, "governance.form.positive");
        }
    }

    private static String done(RedirectAttributes redirect, long id, String message) {
        redirect.addFlashAttribute("flashSuccess", message);
        return "redirect:/entities/" + id;
    }

    /**
     * Makes a change to the entity once the form has no error (the change is built only then, from complete values);
     * a refusal by the law or by the register becomes the form's error.
     */
    private static boolean changed(BindingResult result, Locale locale, Runnable change) {
        if (result.hasErrors()) {
            return false;
        }
        try {
            change.run();
            return true;
        } catch (GovernanceRuleException e) {
            RuleMessages.reject(result, e, locale);
        } catch (RegisterException e) {
            result.reject("governance.refused." + e.reason());
        }
        return false;
    }
}
