package coop.toitcommun.web.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's masked CSRF tokens, where a token that cannot even be decoded is simply a wrong token:
 * Spring's own handler throws when a token of the right length unmasks to bytes that are not UTF-8, which made
 * every POST with such a token a server error instead of the 403 page.
 */
final class CsrfTokenReader implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        masked.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        try {
            return masked.resolveCsrfTokenValue(request, csrfToken);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
