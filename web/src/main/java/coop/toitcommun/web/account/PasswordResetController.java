package coop.toitcommun.web.account;

import coop.toitcommun.membership.Accounts;
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
 * Forgotten password. The request answers the same page whether the address is known or not, so it tells
 * nobody who has an account.
 */
@Controller
class PasswordResetController {

    private final Accounts accounts;
    private final PasswordLink link;

    PasswordResetController(Accounts accounts) {
        this.accounts = accounts;
        this.link = new PasswordLink(accounts::passwordResetHolder, accounts::resetPassword, "account/reset", "reset.done");
    }

    @GetMapping("/password-reset")
    String requestForm(Model model) {
        model.addAttribute("form", new ResetRequestForm(""));
        return "account/reset-request";
    }

    @PostMapping("/password-reset")
    String request(@Valid @ModelAttribute("form") ResetRequestForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return "account/reset-request";
        }
        accounts.requestPasswordReset(form.email());
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
