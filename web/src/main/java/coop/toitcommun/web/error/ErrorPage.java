package coop.toitcommun.web.error;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The one error page: its title and text follow the status (403, 404, 409, 500, 503, else any 4xx or 5xx). */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static ModelAndView of(HttpStatus status) {
        ModelAndView page = new ModelAndView("error/page", status);
        page.addObject("status", status.value());
        page.addObject("code", code(status));
        return page;
    }

    private static String code(HttpStatus status) {
        return switch (status.value()) {
            case 403, 404, 409, 500, 503 -> String.valueOf(status.value());
            default -> status.is4xxClientError() ? "4xx" : "5xx";
        };
    }
}
