package coop.toitcommun.web.account;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.InvalidPasswordException;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.TooManyAttemptsException;
import coop.toitcommun.membership.TwoStep;
import coop.toitcommun.membership.WrongPasswordException;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import coop.toitcommun.web.security.SignedInSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: password, two-step sign-in and language. Changing the password ends the person's other sessions. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final LocaleResolver languages;
    private final SignedInSessions sessions;
    private final TwoStep twoStep;

    AccountController(Accounts accounts, LocaleResolver languages, SignedInSessions sessions, TwoStep twoStep) {
        this.accounts = accounts;
        this.languages = languages;
        this.sessions = sessions;
        this.twoStep = twoStep;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("passwordForm", PasswordForm.empty());
        return page(person, model);
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SignedInPerson person,
                          @Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
                          Model model, HttpServletRequest request, HttpServletResponse response,
                          RedirectAttributes redirect) {
        PasswordErrors.checkConfirmation(result, form.newPassword(), form.confirmation());
        if (!result.hasErrors()) {
            try {
                accounts.changePassword(person.getPersonId(), form.currentPassword(), form.newPassword(), request.getRemoteAddr());
                sessions.refresh(person, request, response);
                redirect.addFlashAttribute("flashSuccess", "account.password.changed");
                return "redirect:/account";
            } catch (TooManyAttemptsException e) {
                result.rejectValue("currentPassword", "account.password.tooManyAttempts");
            } catch (WrongPasswordException e) {
                result.rejectValue("currentPassword", "account.password.wrongCurrent");
            } catch (InvalidPasswordException e) {
                PasswordErrors.reject(result, "newPassword", e);
            }
        }
        return page(person, model);
    }

    @PostMapping("/account/language")
    String changeLanguage(@AuthenticationPrincipal SignedInPerson person,
                          @RequestParam @Text(max = 10, column = Text.NOT_STORED) String language,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Language chosen = Language.fromTag(language).orElse(Language.DEFAULT);
        accounts.changeLanguage(person.getPersonId(), chosen);
        languages.setLocale(request, response, chosen.locale());
        redirect.addFlashAttribute("flashSuccess", "account.language.changed");
        return "redirect:/account";
    }

    private String page(SignedInPerson person, Model model) {
        model.addAttribute("account", accounts.find(person.getPersonId()).orElseThrow());
        model.addAttribute("twoStepOn", twoStep.isEnabled(person.getPersonId()));
        model.addAttribute("languages", Language.values());
        return "account/account";
    }
}
