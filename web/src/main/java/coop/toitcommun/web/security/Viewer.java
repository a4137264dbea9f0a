package coop.toitcommun.web.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, for the templates: {@code th:if="${@viewer.signedIn()}"},
 * {@code ${@viewer.hasRole('COFOUNDER')}}. It answers what {@code sec:authorize="isAuthenticated()"} and
 * {@code hasRole(…)} answer, from the request's security context, without {@code sec:authorize}'s cost: that one
 * parses its access expression again for every element on every request (the layout alone had eight).
 */
@Component("viewer")
public class Viewer {

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    public boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && !trust.isAnonymous(authentication) && authentication.isAuthenticated();
    }

    public boolean hasRole(String role) {
        return hasAnyRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        if (!signedIn()) {
            return false;
        }
        List<String> wanted = List.of(roles);
        for (GrantedAuthority authority : SecurityContextHolder.getContext().getAuthentication().getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_") && wanted.contains(name.substring("ROLE_".length()))) {
                return true;
            }
        }
        return false;
    }
}
