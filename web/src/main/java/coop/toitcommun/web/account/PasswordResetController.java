package coop.toitcommun.web.account;

import java.time.Duration;
import java.util.Optional;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.PasswordResetRequests;
import coop.toitcommun.web.i18n.Waits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forgotten password. The request answers the same page, in the same time, whether the address is known or not:
 * the request thread only counts the request (per address and per client, the same work for everybody), and the
 * account is looked up and emailed on another thread.
 */
@Controller
class PasswordResetController {

    private final PasswordResetRequests requests;
    private final OffRequestAccountWork offRequest;
    private final PasswordLink link;

    PasswordResetController(Accounts accounts, PasswordResetRequests requests, OffRequestAccountWork offRequest) {
        this.requests = requests;
        this.offRequest = offRequest;
        this.link = new PasswordLink(accounts::passwordResetHolder, accounts::resetPassword, "account/reset", "reset.done");
    }

    @GetMapping("/password-reset")
    String requestForm(Model model) {
        model.addAttribute("form", new ResetRequestForm(""));
        return "account/reset-request";
    }

    @PostMapping("/password-reset")
    String request(@Valid @ModelAttribute("form") ResetRequestForm form, BindingResult result, Model model,
                   HttpServletRequest request) {
        if (result.hasErrors()) {
            return "account/reset-request";
        }
        Optional<Duration> wait = requests.admit(form.email(), request.getRemoteAddr());
        if (wait.isPresent()) {
            result.reject("resetRequest.tooMany", new Object[] {Waits.of(wait.get())}, null);
            return "account/reset-request";
        }
        offRequest.sendPasswordReset(form.email());
        model.addAttribute("email", form.email().trim());
        return "account/reset-sent";
    }

    @GetMapping("/password-reset/{token}")
    String form(@PathVariable String token, Model model) {
        return link.form(token, model);
    }

    @PostMapping("/password-reset/{token}")
    String reset(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        return link.submit(token, form, result, model, redirect);
    }
}
