package coop.toitcommun.web.account;

import java.util.List;

import coop.toitcommun.membership.AccountRuleException;
import coop.toitcommun.membership.TooManyAttemptsException;
import coop.toitcommun.membership.TwoStep;
import coop.toitcommun.membership.TwoStepEnrolment;
import coop.toitcommun.membership.WrongCodeException;
import coop.toitcommun.membership.WrongPasswordException;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import coop.toitcommun.web.security.SignedInSessions;
import coop.toitcommun.web.security.TwoStepObligation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's two-step sign-in: turning it on (scan the QR code, type a first code, keep the recovery codes shown
 * once), new recovery codes, turning it off with the password unless the house requires it of them. Turning it on
 * or off ends the person's other sessions; this one carries on.
 */
@Controller
@RequestMapping("/account/two-step")
class TwoStepController {

    private static final String REDIRECT = "redirect:/account/two-step";

    private final TwoStep twoStep;
    private final SignedInSessions sessions;

    TwoStepController(TwoStep twoStep, SignedInSessions sessions) {
        this.twoStep = twoStep;
        this.sessions = sessions;
    }

    @GetMapping
    String status(@AuthenticationPrincipal SignedInPerson person, Model model) {
        boolean enabled = twoStep.isEnabled(person.getPersonId());
        model.addAttribute("enabled", enabled);
        model.addAttribute("required", twoStep.requiredOf(person.getPersonId()));
        model.addAttribute("codesLeft", enabled ? twoStep.recoveryCodesLeft(person.getPersonId()) : 0);
        return "account/two-step";
    }

    @PostMapping("/start")
    String start(@AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
        try {
            twoStep.begin(person.getPersonId());
            return REDIRECT + "/enrol";
        } catch (AccountRuleException e) {
            redirect.addFlashAttribute("flashError", "twoStep.alreadyOn");
            return REDIRECT;
        }
    }

    @GetMapping("/enrol")
    String enrolment(@AuthenticationPrincipal SignedInPerson person, Model model) {
        return twoStep.pendingEnrolment(person.getPersonId()).map(enrolment -> enrolPage(enrolment, model)).orElse(REDIRECT);
    }

    /** The recovery codes are shown in this answer only: never stored in the session, never sent again. */
    @PostMapping("/enrol")
    String confirm(@AuthenticationPrincipal SignedInPerson person,
                   @RequestParam(defaultValue = "") @Text(max = 32, column = Text.NOT_STORED) String code,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        var pending = twoStep.pendingEnrolment(person.getPersonId());
        if (pending.isEmpty()) {
            return REDIRECT;
        }
        try {
            List<String> codes = twoStep.confirm(person.getPersonId(), code);
            sessions.refresh(person, request, response);
            TwoStepObligation.release(request);
            return codesPage(codes, "twoStep.codes.enabled", model);
        } catch (WrongCodeException e) {
            model.addAttribute("codeError", "twoStep.enrol.wrongCode");
            return enrolPage(pending.get(), model);
        }
    }

    @PostMapping("/codes")
    String renewCodes(@AuthenticationPrincipal SignedInPerson person,
                      @RequestParam(defaultValue = "") @Text(max = PasswordErrors.FIELD_LIMIT, column = Text.NOT_STORED) String password,
                      HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            return codesPage(twoStep.renewRecoveryCodes(person.getPersonId(), password, request.getRemoteAddr()),
                "twoStep.codes.renewed", model);
        } catch (WrongPasswordException | TooManyAttemptsException | AccountRuleException e) {
            redirect.addFlashAttribute("flashError", refusal(e));
            return REDIRECT;
        }
    }

    @PostMapping("/disable")
    String disable(@AuthenticationPrincipal SignedInPerson person,
                   @RequestParam(defaultValue = "") @Text(max = PasswordErrors.FIELD_LIMIT, column = Text.NOT_STORED) String password,
                   HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            twoStep.disable(person.getPersonId(), password, request.getRemoteAddr());
            sessions.refresh(person, request, response);
            redirect.addFlashAttribute("flashSuccess", "twoStep.disabled");
        } catch (WrongPasswordException | TooManyAttemptsException | AccountRuleException e) {
            redirect.addFlashAttribute("flashError", refusal(e));
        }
        return REDIRECT;
    }

    private static String refusal(RuntimeException e) {
        if (e instanceof TooManyAttemptsException) {
            return "account.password.tooManyAttempts";
        }
        if (e instanceof AccountRuleException rule && rule.reason().equals("twoStepRequired")) {
            return "twoStep.disable.required";
        }
        return e instanceof WrongPasswordException ? "twoStep.wrongPassword" : "twoStep.off";
    }

    private static String enrolPage(TwoStepEnrolment enrolment, Model model) {
        model.addAttribute("secret", enrolment.secret());
        model.addAttribute("qrCode", QrCodes.svgDataUri(enrolment.uri()));
        return "account/two-step-enrol";
    }

    private static String codesPage(List<String> codes, String lead, Model model) {
        model.addAttribute("codes", codes);
        model.addAttribute("lead", lead);
        return "account/two-step-codes";
    }
}
