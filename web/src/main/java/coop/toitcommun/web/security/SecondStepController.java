package coop.toitcommun.web.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Attempt;
import coop.toitcommun.membership.Credentials;
import coop.toitcommun.membership.TooManyAttemptsException;
import coop.toitcommun.membership.TwoStep;
import coop.toitcommun.membership.WrongCodeException;
import coop.toitcommun.web.i18n.Waits;
import coop.toitcommun.web.input.Text;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: the code of the authenticator app, or a recovery code. Only a password accepted
 * in the last five minutes in this browser leads here; the code is throttled apart from passwords.
 */
@Controller
class SecondStepController {

    private static final String PAGE = "security/second-step";

    private final TwoStep twoStep;
    private final Accounts accounts;
    private final SignedInSessions sessions;
    private final LoginSuccessHandler success;
    private final MessageSource messages;
    private final Clock clock;

    SecondStepController(TwoStep twoStep, Accounts accounts, SignedInSessions sessions, LoginSuccessHandler success,
                         MessageSource messages, Clock clock) {
        this.twoStep = twoStep;
        this.accounts = accounts;
        this.sessions = sessions;
        this.success = success;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/login/second-step")
    String page(HttpServletRequest request) {
        return PendingSecondStep.of(request, clock.instant()).isPresent() ? PAGE : "redirect:/login?expired";
    }

    @PostMapping("/login/second-step")
    String verify(@RequestParam(defaultValue = "") @Text(max = 32, column = Text.NOT_STORED) String code,
                  HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) throws IOException, ServletException {
        Optional<PendingSecondStep> pending = PendingSecondStep.of(request, clock.instant());
        if (pending.isEmpty()) {
            return "redirect:/login?expired";
        }
        try {
            twoStep.verifySignIn(pending.get().personId(), code, request.getRemoteAddr());
        } catch (WrongCodeException e) {
            model.addAttribute("codeError", messages.getMessage("secondStep.wrong", null, locale));
            return PAGE;
        } catch (TooManyAttemptsException e) {
            model.addAttribute("codeError", e.refusal() == Attempt.Refusal.WAIT
                ? messages.getMessage("secondStep.tooMany", new Object[] {Waits.of(e.retryAfter())}, locale)
                : messages.getMessage("secondStep.ceiling", null, locale));
            return PAGE;
        }
        PendingSecondStep.clear(request);
        Optional<Credentials> credentials = accounts.find(pending.get().personId())
            .flatMap(account -> accounts.credentials(account.email()))
            .filter(Credentials::enabled);
        if (credentials.isEmpty()) {
            return "redirect:/login?error=disabled";
        }
        sessions.completeSignIn(credentials.get(), request, response);
        success.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
        return null;
    }
}
