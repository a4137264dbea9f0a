package coop.toitcommun.web.i18n;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Language;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The language switch of the header: for the visit, and remembered for a signed-in person. A visitor's switch is a
 * link, which changes nothing but the browser's own cookie (as {@code ?lang=} on any page does): a form would need a
 * CSRF token, and so a session, on every public page.
 */
@Controller
class LanguageController {

    private final VisitLanguageResolver languages;
    private final Accounts accounts;

    LanguageController(VisitLanguageResolver languages, Accounts accounts) {
        this.languages = languages;
        this.accounts = accounts;
    }

    @GetMapping("/language")
    RedirectView switchForTheVisit(@RequestParam @Text(max = 10, column = Text.NOT_STORED) String lang,
                                   @RequestParam(defaultValue = "/") @Text(max = 2000, column = Text.NOT_STORED) String back,
                                   HttpServletRequest request, HttpServletResponse response) {
        languages.setLocale(request, response, Language.fromTag(lang).orElse(Language.DEFAULT).locale());
        return backTo(back);
    }

    @PostMapping("/language")
    RedirectView switchLanguage(@RequestParam @Text(max = 10, column = Text.NOT_STORED) String lang,
                                @RequestParam(defaultValue = "/") @Text(max = 2000, column = Text.NOT_STORED) String back,
                                @AuthenticationPrincipal SignedInPerson person,
                                HttpServletRequest request, HttpServletResponse response) {
        Language language = Language.fromTag(lang).orElse(Language.DEFAULT);
        languages.setLocale(request, response, language.locale());
        if (person != null) {
            accounts.changeLanguage(person.getPersonId(), language);
        }
        return backTo(back);
    }

    private static RedirectView backTo(String path) {
        RedirectView redirect = new RedirectView(LocalPath.orHome(path), true);
        redirect.setExpandUriTemplateVariables(false);
        return redirect;
    }
}
