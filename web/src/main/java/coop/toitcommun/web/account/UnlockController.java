package coop.toitcommun.web.account;

import coop.toitcommun.membership.AccountView;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.InvalidTokenException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The emailed link that lifts the refusal of an account after many failed sign-ins. Opening it changes nothing
 * (mail scanners open links); its button does, once.
 */
@Controller
class UnlockController {

    private final Accounts accounts;

    UnlockController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login/unlock/{token}")
    String page(@PathVariable String token, Model model) {
        return accounts.unlockHolder(token)
            .map(account -> {
                model.addAttribute("holder", account);
                return "account/unlock";
            })
            .orElse("account/link-expired");
    }

    @PostMapping("/login/unlock/{token}")
    String unlock(@PathVariable String token, RedirectAttributes redirect) {
        try {
            AccountView account = accounts.unlock(token);
            redirect.addFlashAttribute("flashSuccess", "unlock.done");
            redirect.addFlashAttribute("email", account.email());
            return "redirect:/login";
        } catch (InvalidTokenException e) {
            return "account/link-expired";
        }
    }
}
