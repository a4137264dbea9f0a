package coop.toitcommun.web.join;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import coop.toitcommun.membership.Applications;
import coop.toitcommun.membership.Charter;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.EssStatus;
import coop.toitcommun.membership.JoinRequest;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.LegalForm;
import coop.toitcommun.membership.MembershipRuleException;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.web.error.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The public application to join, with the signature of the current charter. */
@Controller
class JoinController {

    private static final String FORM_SHOWN_AT = JoinController.class.getName() + ".SHOWN_AT";

    /** Where membership's refusals of an application (besides the card's) are shown. */
    private static final Map<String, String> FIELDS = Map.of("sponsorMissing", "sponsorId",
        "typedNameMissing", "typedName", "commitmentMissing", "commitment");

    private final Applications applications;
    private final Charter charter;
    private final Organisations organisations;
    private final SpamGuard spamGuard;

    JoinController(Applications applications, Charter charter, Organisations organisations, SpamGuard spamGuard) {
        this.applications = applications;
        this.charter = charter;
        this.organisations = organisations;
        this.spamGuard = spamGuard;
    }

    @GetMapping("/join")
    String form(Model model, HttpSession session) {
        session.setAttribute(FORM_SHOWN_AT, spamGuard.formShown());
        model.addAttribute("joinForm", JoinForm.empty());
        return page(model);
    }

    @PostMapping("/join")
    String apply(@Valid @ModelAttribute("joinForm") JoinForm form, BindingResult result, Model model,
                 HttpServletRequest request, HttpSession session, Locale locale) {
        if (spamGuard.caughtInTheTrap(form.url())) {
            return "home/join-sent";
        }
        if (spamGuard.tooFast((Instant) session.getAttribute(FORM_SHOWN_AT))) {
            result.reject("join.error.tooFast");
        }
        session.setAttribute(FORM_SHOWN_AT, spamGuard.formShown());
        if (Forms.unreadable(result)) {
            return page(model);
        }
        JoinRequest application = form.toRequest(Language.of(locale));
        form.organisation().check(result);
        Forms.reject(result, application.problems(), FIELDS, "join.error.");
        if (result.hasErrors()) {
            return page(model);
        }
        try {
            applications.apply(application, request.getRemoteAddr());
        } catch (MembershipRuleException e) {
            switch (e.reason()) {
                case "sponsorMissing" -> result.rejectValue("sponsorId", "join.error.sponsorMissing");
                case "siretInvalid" -> result.rejectValue("organisation.siret", "join.error.siretInvalid");
                case "tooManyApplications" -> result.reject("join.error.tooManyApplications");
                case "noCharter" -> result.reject("join.error.noCharter");
                default -> throw e;
            }
            return page(model);
        }
        session.removeAttribute(FORM_SHOWN_AT);
        return "redirect:/join/sent";
    }

    @GetMapping("/join/sent")
    String sent() {
        return "home/join-sent";
    }

    private String page(Model model) {
        if (!model.containsAttribute("joinForm")) {
            model.addAttribute("joinForm", JoinForm.empty());
        }
        model.addAttribute("charter", charter.current().orElse(null));
        model.addAttribute("sponsors", organisations.members());
        model.addAttribute("epcis", organisations.epcis());
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("essStatuses", EssStatus.values());
        model.addAttribute("circles", new Circle[] {Circle.SECOND, Circle.HOSTED, Circle.PARTNER_PLACE});
        return "home/join";
    }
}
