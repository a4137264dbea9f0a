package coop.toitcommun.web.security;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Credentials;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/** Puts a person's current rights into the session they are using. */
@Component
public class SignedInSessions {

    private final Accounts accounts;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final CsrfAuthenticationStrategy csrf = new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());

    SignedInSessions(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * After a change a person made to their own account (password, second step, their own roles), their other
     * sessions end but this one carries on with the account as it is now.
     */
    public void refresh(SignedInPerson person, HttpServletRequest request, HttpServletResponse response) {
        accounts.credentials(person.getUsername()).ifPresent(credentials -> save(credentials, request, response));
    }

    /**
     * Ends a sign-in that needed a second step: a new session id (against fixation) and a new CSRF token, as Spring
     * Security does after a password, then the person's rights of now.
     */
    void completeSignIn(Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        csrf.onAuthentication(null, request, response);
        save(credentials, request, response);
    }

    /** Makes this session the person's, as signing in does. */
    void save(Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        SignedInPerson person = new SignedInPerson(credentials);
        person.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
