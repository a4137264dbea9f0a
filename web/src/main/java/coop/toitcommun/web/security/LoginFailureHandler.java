package coop.toitcommun.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * Back to the sign-in page with the reason, the time to wait if any, and the email that was typed; or on to the
 * second step when the password was right and the account asks for a code.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String RETRY_AFTER = "retryAfterMillis";

    private static final Duration SECOND_STEP_TIME = Duration.ofMinutes(5);

    private final FlashMapManager flashMaps;
    private final Clock clock;

    /** {@code flashMaps}: Spring MVC's, as the pages' forms use it (this handler runs before Spring MVC). */
    LoginFailureHandler(FlashMapManager flashMaps, Clock clock) {
        this.flashMaps = flashMaps;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof SecondStepRequiredException secondStep) {
            new PendingSecondStep(secondStep.personId(), clock.instant().plus(SECOND_STEP_TIME)).store(request);
            response.sendRedirect(request.getContextPath() + "/login/second-step");
            return;
        }
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
