package coop.toitcommun.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/** Back to the sign-in page with the reason, the time to wait if any, and the email that was typed. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String RETRY_AFTER = "retryAfterMillis";

    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        FlashMap flash = new FlashMap();
        flash.put("email", request.getParameter("email"));
        if (exception instanceof LoginThrottledException throttled) {
            flash.put(RETRY_AFTER, throttled.retryAfter().toMillis());
        }
        flash.setTargetRequestPath(request.getContextPath() + "/login");
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason(exception));
    }

    private static String reason(AuthenticationException exception) {
        if (exception instanceof LoginThrottledException throttled) {
            return throttled.reason();
        }
        if (exception instanceof AccountStatusException) {
            return "disabled";
        }
        return "credentials";
    }
}
