package coop.toitcommun.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error is a page of the site, with its navigation, in the visitor's language, whatever the client
 * asked for; never a stack trace nor a JSON body. A database that does not answer, even from a filter such as
 * the sign-in, gives the 503 page.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
            && DatabaseUnavailable.causedIt(failure)) {
            DatabaseUnavailable.met(request);
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailableResolver.RETRY_AFTER_SECONDS);
            return ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE);
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // opened by its address rather than forwarded to by an error: there is no such page
            return ErrorPage.of(HttpStatus.NOT_FOUND);
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return ErrorPage.of(status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status);
    }
}
