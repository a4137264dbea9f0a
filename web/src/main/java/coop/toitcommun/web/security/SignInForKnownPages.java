package coop.toitcommun.web.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Every page that exists needs a signed-in person unless the security configuration opens it; an address
 * that no controller answers is let through so that everybody gets the same "page not found".
 */
class SignInForKnownPages implements AuthorizationManager<RequestAuthorizationContext> {

    private final ObjectProvider<HandlerMapping> controllers;
    private final AuthorizationManager<RequestAuthorizationContext> authenticated =
        AuthenticatedAuthorizationManager.authenticated();

    SignInForKnownPages(ObjectProvider<HandlerMapping> controllers) {
        this.controllers = controllers;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        if (!answered(context.getRequest())) {
            return new AuthorizationDecision(true);
        }
        return authenticated.authorize(authentication, context);
    }

    private boolean answered(HttpServletRequest request) {
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        if (parsedHere) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            return controllers.getObject().getHandler(request) != null;
        } catch (Exception e) {
            // the path exists but not for this method or media type: it is a page, so it needs signing in
            return true;
        } finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
