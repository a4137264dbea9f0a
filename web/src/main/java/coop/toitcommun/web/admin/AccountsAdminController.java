package coop.toitcommun.web.admin;

import java.util.EnumSet;
import java.util.Set;

import coop.toitcommun.membership.AccountRuleException;
import coop.toitcommun.membership.AccountView;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.EmailAlreadyUsedException;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import coop.toitcommun.membership.TwoStep;
import coop.toitcommun.web.security.SignedInPerson;
import coop.toitcommun.web.security.SignedInSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins list accounts, invite people, change roles, disable and enable accounts, decide whether two-step sign-in
 * is required of those who decide, and turn it off for someone who lost their phone. Changing someone's roles,
 * disabling them or turning off their second step ends their sessions at once (see {@code SessionRightsFilter}).
 * {@code /admin/**} needs the admin role (SecurityConfiguration); membership refuses anyone else by itself too.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountsAdminController {

    static final int PAGE_SIZE = 20;

    private final Accounts accounts;
    private final SignedInSessions sessions;
    private final TwoStep twoStep;

    AccountsAdminController(Accounts accounts, SignedInSessions sessions, TwoStep twoStep) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.twoStep = twoStep;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInPerson admin, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("inviteForm", InviteForm.empty());
        return page(admin, page, model);
    }

    @PostMapping("/invite")
    String invite(@AuthenticationPrincipal SignedInPerson admin, @Valid @ModelAttribute("inviteForm") InviteForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.invite(admin.getPersonId(), form.toInvitation());
                redirect.addFlashAttribute("flashSuccess", "admin.accounts.invited");
                redirect.addFlashAttribute("flashArgument", form.email().trim());
                return "redirect:/admin/accounts";
            } catch (EmailAlreadyUsedException e) {
                result.rejectValue("email", "admin.accounts.emailUsed");
            }
        }
        return page(admin, 0, model);
    }

    @PostMapping("/{personId}/roles")
    String changeRoles(@AuthenticationPrincipal SignedInPerson admin, @PathVariable long personId,
                       @RequestParam(required = false) Set<Role> roles, HttpServletRequest request,
                       HttpServletResponse response, RedirectAttributes redirect) {
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return apply(redirect, "admin.accounts.rolesChanged", () -> {
            accounts.setRoles(admin.getPersonId(), personId, chosen);
            if (personId == admin.getPersonId()) {
                sessions.refresh(admin, request, response);
            }
        });
    }

    @PostMapping("/{personId}/disable")
    String disable(@AuthenticationPrincipal SignedInPerson admin, @PathVariable long personId, RedirectAttributes redirect) {
        return apply(redirect, "admin.accounts.disabled", () -> accounts.setEnabled(admin.getPersonId(), personId, false));
    }

    @PostMapping("/{personId}/enable")
    String enable(@AuthenticationPrincipal SignedInPerson admin, @PathVariable long personId, RedirectAttributes redirect) {
        return apply(redirect, "admin.accounts.enabled", () -> accounts.setEnabled(admin.getPersonId(), personId, true));
    }

    /** Whether admins, co-founders and mandate holders must sign in in two steps (from their next sign-in). */
    @PostMapping("/two-step-policy")
    String twoStepPolicy(@AuthenticationPrincipal SignedInPerson admin, @RequestParam(defaultValue = "false") boolean required,
                         RedirectAttributes redirect) {
        twoStep.setRequired(admin.getPersonId(), required);
        redirect.addFlashAttribute("flashSuccess", required ? "admin.accounts.twoStep.requiredOn" : "admin.accounts.twoStep.requiredOff");
        return "redirect:/admin/accounts";
    }

    /** For someone who lost their phone and their recovery codes; their sessions end. */
    @PostMapping("/{personId}/two-step/reset")
    String resetTwoStep(@AuthenticationPrincipal SignedInPerson admin, @PathVariable long personId, RedirectAttributes redirect) {
        twoStep.resetByAdmin(admin.getPersonId(), personId);
        redirect.addFlashAttribute("flashSuccess", "admin.accounts.twoStep.reset");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{personId}/resend")
    String resend(@AuthenticationPrincipal SignedInPerson admin, @PathVariable long personId, RedirectAttributes redirect) {
        return apply(redirect, "admin.accounts.resent", () -> accounts.resendInvitation(admin.getPersonId(), personId));
    }

    private String apply(RedirectAttributes redirect, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flashSuccess", success);
        } catch (AccountRuleException e) {
            redirect.addFlashAttribute("flashError", "admin.accounts.refused." + e.reason());
        }
        return "redirect:/admin/accounts";
    }

    private String page(SignedInPerson admin, int page, Model model) {
        var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("person.displayName", "person.id"));
        var shown = accounts.page(admin.getPersonId(), request);
        model.addAttribute("accounts", shown);
        model.addAttribute("twoStepOn", twoStep.enabledAmong(shown.map(AccountView::personId).toList()));
        model.addAttribute("twoStepRequired", twoStep.isRequired());
        model.addAttribute("roles", Role.values());
        model.addAttribute("languages", Language.values());
        return "admin/accounts";
    }
}
