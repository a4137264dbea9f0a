package coop.toitcommun.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error is a page of the site, with its navigation, in the visitor's language, whatever the client
 * asked for; never a stack trace nor a JSON body.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ModelAndView page = new ModelAndView(viewFor(status), status);
        page.addObject("status", status.value());
        return page;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String viewFor(HttpStatus status) {
        return switch (status.value()) {
            case 403, 404, 409, 500 -> "error/" + status.value();
            default -> status.is4xxClientError() ? "error/4xx" : "error/5xx";
        };
    }
}
