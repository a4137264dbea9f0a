package coop.toitcommun.web.governance;

import static coop.toitcommun.web.governance.EntityForms.changed;
import static coop.toitcommun.web.governance.EntityForms.done;
import static coop.toitcommun.web.governance.EntityPages.registerPath;
import static coop.toitcommun.web.governance.GovernanceAccess.actor;

import java.time.LocalDate;
import java.util.Locale;

import coop.toitcommun.governance.Holder;
import coop.toitcommun.governance.MovementStatus;
import coop.toitcommun.governance.Registers;
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
 * The entity's register page, on a date, and its movements: admissions, subscriptions, transfers, redemptions, exits
 * and dues. Each form is read here and handed to {@link Registers}, which checks who acts and every rule; its
 * refusals become the form's errors.
 */
@Controller
class RegisterController {

    private final Registers registers;
    private final People people;
    private final Organisations organisations;
    private final EntityPages pages;

    RegisterController(Registers registers, People people, Organisations organisations, EntityPages pages) {
        this.registers = registers;
        this.people = people;
        this.organisations = organisations;
        this.pages = pages;
    }

    @GetMapping("/entities/{id}/register")
    String register(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                    @RequestParam(required = false) Integer year, Model model) {
        return pages.register(person, id, at, year, model);
    }

    @PostMapping("/entities/{id}/associates")
    String admit(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                 @Valid @ModelAttribute("admitForm") AdmitForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (Forms.unreadable(result)) {
            return page(person, id, null, model);
        }
        Holder holder = holder(form, result);
        if (changed(result, locale, () -> registers.admit(actor(person), id, holder, form.category(), form.collegeId(),
                form.entryDate()))) {
            return done(redirect, registerPath(id), "governance.flash.admitted");
        }
        return page(person, id, null, model);
    }

    @PostMapping("/entities/{id}/subscriptions")
    String subscribe(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                     @Valid @ModelAttribute("subscriptionForm") SubscriptionForm form, BindingResult result, Model model,
                     RedirectAttributes redirect) {
        if (Forms.unreadable(result)) {
            return page(person, id, null, model);
        }
        Long paidUp = amount(result, "paidUp", form.paidUp());
        if (changed(result, locale, () -> registers.subscribe(actor(person), id,
                new Subscription(form.associateId(), form.shares(), paidUp, form.paidOn(), form.subscribedOn())))) {
            return done(redirect, registerPath(id), "governance.flash.subscribed");
        }
        return page(person, id, null, model);
    }

    @PostMapping("/entities/{id}/transfers")
    String transfer(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                    @Valid @ModelAttribute("transferForm") TransferForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (!Forms.unreadable(result) && changed(result, locale, () -> registers.transfer(actor(person), id,
                new Transfer(form.fromId(), form.toId(), form.shares(), form.approval(), form.approvedOn(), form.transferredOn())))) {
            return done(redirect, registerPath(id), "governance.flash.transferred");
        }
        return page(person, id, null, model);
    }

    @PostMapping("/entities/{id}/redemptions")
    String redeem(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                  @Valid @ModelAttribute("redemptionForm") RedemptionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        ShareMovement[] redemption = new ShareMovement[1];
        if (!Forms.unreadable(result) && changed(result, locale, () -> redemption[0] = registers.requestRedemption(actor(person), id,
                form.associateId(), form.shares(), form.requestedOn()))) {
            return done(redirect, registerPath(id), redemption[0].status() == MovementStatus.WAITING ? "governance.flash.redemptionWaits"
                : "governance.flash.redeemed");
        }
        return page(person, id, null, model);
    }

    @PostMapping("/entities/{id}/exits")
    String leave(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                 @Valid @ModelAttribute("exitForm") ExitForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!Forms.unreadable(result) && changed(result, locale, () -> registers.leave(actor(person), id, form.associateId(),
                form.exitDate(), form.reason()))) {
            return done(redirect, registerPath(id), "governance.flash.left");
        }
        return page(person, id, null, model);
    }

    @PostMapping("/entities/{id}/dues")
    String dues(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                @Valid @ModelAttribute("duesForm") DuesForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (Forms.unreadable(result)) {
            return page(person, id, null, model);
        }
        Long amount = amount(result, "amount", form.amount());
        if (changed(result, locale, () -> registers.recordDues(actor(person), id, form.associateId(),
                form.year(), amount, form.paidOn()))) {
            return done(redirect, registerPath(id) + "?year=" + form.year() + "#members", "governance.flash.dues");
        }
        return page(person, id, form.year(), model);
    }

    /** The person (by email) or the organisation the form names; an unknown one is an error on its field. */
    private Holder holder(AdmitForm form, BindingResult result) {
        if (form.holderKind() == AdmitForm.HolderKind.PERSON) {
            Holder holder = form.email() == null ? null : people.findByEmail(form.email()).map(p -> Holder.person(p.id())).orElse(null);
            if (holder == null) {
                result.rejectValue("email", "governance.form.unknownPerson");
            }
            return holder;
        }
        if (form.holderKind() == AdmitForm.HolderKind.ORGANISATION) {
            if (form.organisationId() == null || organisations.find(form.organisationId()).isEmpty()) {
                result.rejectValue("organisationId", "NotNull");
                return null;
            }
            return Holder.organisation(form.organisationId());
        }
        return null;
    }

    /** An amount in euros as typed; one that cannot be read is an error on its field. */
    private static Long amount(BindingResult result, String field, String typed) {
        Long cents = Money.parseCents(typed);
        if (cents == null && !result.hasFieldErrors(field)) {
            result.rejectValue(field, "governance.form.amount");
        }
        return cents;
    }

    private String page(SignedInPerson person, long id, Integer year, Model model) {
        return pages.register(person, id, null, year, model);
    }
}
