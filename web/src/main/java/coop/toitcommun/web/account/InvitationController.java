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

/** The emailed invitation link: the invited person chooses their password. */
@Controller
class InvitationController {

    private final PasswordLink link;

    InvitationController(Accounts accounts) {
        this.link = new PasswordLink(accounts::invitationHolder, accounts::acceptInvitation,
            "account/invitation", "invitation.accepted");
    }

    @GetMapping("/invitations/{token}")
    String form(@PathVariable String token, Model model) {
        return link.form(token, model);
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        return link.submit(token, form, result, model, redirect);
    }
}
