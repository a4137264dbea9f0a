package coop.toitcommun.web.security;

import java.io.IOException;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.web.i18n.VisitLanguageResolver;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Goes where the person was heading, or first to the enrolment in two-step sign-in when the house requires it of
 * them. A language chosen on the way in is kept and remembered; otherwise the account's preferred language applies
 * from sign-in on.
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final VisitLanguageResolver languages;
    private final Accounts accounts;
    private final TwoStepObligation obligation;

    LoginSuccessHandler(VisitLanguageResolver languages, Accounts accounts, TwoStepObligation obligation) {
        this.languages = languages;
        this.accounts = accounts;
        this.obligation = obligation;
        setDefaultTargetUrl("/dashboard");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof SignedInPerson person) {
            languages.chosen(request).ifPresentOrElse(
                chosen -> accounts.changeLanguage(person.getPersonId(), chosen),
                () -> languages.setLocale(request, response, person.getLanguage().locale()));
            if (obligation.holdForEnrolment(person, request)) {
                getRedirectStrategy().sendRedirect(request, response, EnrolmentGateFilter.ENROLMENT);
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
