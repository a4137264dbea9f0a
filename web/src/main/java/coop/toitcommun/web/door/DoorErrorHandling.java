package coop.toitcommun.web.door;

import coop.toitcommun.membership.ApplicationNotFoundException;
import coop.toitcommun.membership.OrganisationNotFoundException;
import coop.toitcommun.web.error.ErrorPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * An organisation or application that does not exist, or that this person may not see, is the same 404:
 * nobody learns what another organisation holds.
 */
@ControllerAdvice
class DoorErrorHandling {

    @ExceptionHandler({OrganisationNotFoundException.class, ApplicationNotFoundException.class})
    ModelAndView notFound() {
        return ErrorPage.of(HttpStatus.NOT_FOUND);
    }
}
