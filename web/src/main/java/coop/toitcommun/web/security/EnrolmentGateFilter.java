package coop.toitcommun.web.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person who must sign in in two steps and has not enrolled yet can only enrol, change the language or sign out:
 * every other page leads back to the enrolment.
 */
class EnrolmentGateFilter extends OncePerRequestFilter {

    static final String ENROLMENT = "/account/two-step";

    private static final List<String> OPEN = List.of(ENROLMENT, "/logout", "/language", "/assets/", "/webjars/", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!TwoStepObligation.heldForEnrolment(request) || OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + ENROLMENT);
    }
}
