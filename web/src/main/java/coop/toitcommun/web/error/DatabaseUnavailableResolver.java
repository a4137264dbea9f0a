package coop.toitcommun.web.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database does not answer, every page says so at once: status 503 with the "service momentarily
 * unavailable" page in the visitor's language, and a {@code Retry-After}. Comes before the features' own
 * handlers, which would otherwise take a lost connection for their own kind of error; other failures go on to
 * them.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableResolver.class);
    static final String RETRY_AFTER_SECONDS = "10";

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!DatabaseUnavailable.causedIt(exception)) {
            return null;
        }
        DatabaseUnavailable.met(request);
        LOG.warn("The database does not answer: {} {} gets the 503 page ({})", request.getMethod(), request.getRequestURI(),
            exception.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
