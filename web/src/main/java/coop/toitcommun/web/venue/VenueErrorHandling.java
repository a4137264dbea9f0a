package coop.toitcommun.web.venue;

import coop.toitcommun.venue.VenueAccessDeniedException;
import coop.toitcommun.venue.VenueNotFoundException;
import coop.toitcommun.web.error.ErrorPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Another organisation's booking or an employees-only page: 403; an unknown room or booking: 404. */
@ControllerAdvice
class VenueErrorHandling {

    @ExceptionHandler(VenueAccessDeniedException.class)
    ModelAndView denied() {
        return ErrorPage.of(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(VenueNotFoundException.class)
    ModelAndView notFound() {
        return ErrorPage.of(HttpStatus.NOT_FOUND);
    }
}
