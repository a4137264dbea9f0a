package coop.toitcommun.web.security;

import java.io.IOException;
import java.util.Optional;

import coop.toitcommun.membership.Accounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions follow rights: on every signed-in request, the account's security version (which the database raises
 * when the password, the enabled flag, the roles or the second step change) is compared with the one the session
 * signed in with. Once they differ, the session ends there and then and the person gets the sign-in page. One
 * indexed read per request, and nothing held in this JVM's memory, so it holds with several instances too.
 */
class SessionRightsFilter extends OncePerRequestFilter {

    private final Accounts accounts;

    SessionRightsFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/assets/") || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
            Optional<Long> current = accounts.securityVersion(person.getPersonId());
            if (current.isEmpty() || current.get() != person.getSecurityVersion()) {
                end(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + "/login?ended");
    }
}
