package coop.toitcommun.web.account;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.InvalidPasswordException;
import coop.toitcommun.membership.InvalidTokenException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The emailed invitation link: the invited person chooses their password. */
@Controller
class InvitationController {

    private final Accounts accounts;

    InvitationController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/invitations/{token}")
    String form(@PathVariable String token, Model model) {
        return accounts.invitationHolder(token)
            .map(holder -> {
                model.addAttribute("holder", holder);
                model.addAttribute("form", NewPasswordForm.empty());
                return "account/invitation";
            })
            .orElse("account/link-expired");
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        var holder = accounts.invitationHolder(token);
        if (holder.isEmpty()) {
            return "account/link-expired";
        }
        PasswordErrors.checkConfirmation(result, form.password(), form.confirmation());
        if (!result.hasErrors()) {
            try {
                var account = accounts.acceptInvitation(token, form.password());
                redirect.addFlashAttribute("flashSuccess", "invitation.accepted");
                redirect.addFlashAttribute("email", account.email());
                return "redirect:/login";
            } catch (InvalidPasswordException e) {
                PasswordErrors.reject(result, "password", e);
            } catch (InvalidTokenException e) {
                return "account/link-expired";
            }
        }
        model.addAttribute("holder", holder.get());
        return "account/invitation";
    }
}
