package coop.toitcommun.web.error;

import coop.toitcommun.membership.MembershipAccessDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Membership refused the person (the door's queue, the charter's draft, exclusions, the whole audit trail): the 403 page. */
@ControllerAdvice
class MembershipErrorHandling {

    @ExceptionHandler(MembershipAccessDeniedException.class)
    ModelAndView forbidden() {
        return ErrorPage.of(HttpStatus.FORBIDDEN);
    }
}
