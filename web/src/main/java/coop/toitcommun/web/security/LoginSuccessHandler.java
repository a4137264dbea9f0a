package coop.toitcommun.web.security;

import java.io.IOException;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.web.i18n.SessionLanguageResolver;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Goes where the person was heading. A language chosen on the way in is kept and remembered; otherwise the
 * account's preferred language applies from sign-in on.
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final SessionLanguageResolver languages;
    private final Accounts accounts;

    LoginSuccessHandler(SessionLanguageResolver languages, Accounts accounts) {
        this.languages = languages;
        this.accounts = accounts;
        setDefaultTargetUrl("/dashboard");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof SignedInPerson person) {
            languages.chosen(request).ifPresentOrElse(
                chosen -> accounts.changeLanguage(person.getPersonId(), chosen),
                () -> languages.setLocale(request, response, person.getLanguage().locale()));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
