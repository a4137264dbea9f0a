package coop.toitcommun.web.account;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import coop.toitcommun.membership.AccountView;
import coop.toitcommun.membership.InvalidPasswordException;
import coop.toitcommun.membership.InvalidTokenException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages behind an emailed link that lets a person choose a password (an invitation, a reset): the same
 * form and checks, with a different kind of token. An unknown, expired or used link gets a page that says so.
 */
final class PasswordLink {

    private final Function<String, Optional<AccountView>> holder;
    private final BiFunction<String, String, AccountView> setPassword;
    private final String view;
    private final String doneMessage;

    PasswordLink(Function<String, Optional<AccountView>> holder, BiFunction<String, String, AccountView> setPassword,
                 String view, String doneMessage) {
        this.holder = holder;
        this.setPassword = setPassword;
        this.view = view;
        this.doneMessage = doneMessage;
    }

    String form(String token, Model model) {
        return holder.apply(token)
            .map(account -> {
                model.addAttribute("holder", account);
                model.addAttribute("form", NewPasswordForm.empty());
                return view;
            })
            .orElse("account/link-expired");
    }

    String submit(String token, NewPasswordForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        Optional<AccountView> account = holder.apply(token);
        if (account.isEmpty()) {
            return "account/link-expired";
        }
        PasswordErrors.checkConfirmation(result, form.password(), form.confirmation());
        if (!result.hasErrors()) {
            try {
                AccountView done = setPassword.apply(token, form.password());
                redirect.addFlashAttribute("flashSuccess", doneMessage);
                redirect.addFlashAttribute("email", done.email());
                return "redirect:/login";
            } catch (InvalidPasswordException e) {
                PasswordErrors.reject(result, "password", e);
            } catch (InvalidTokenException e) {
                return "account/link-expired";
            }
        }
        model.addAttribute("holder", account.get());
        return view;
    }
}
