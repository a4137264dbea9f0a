package coop.toitcommun.web.governance;

import coop.toitcommun.governance.GovernanceAccessDeniedException;
import coop.toitcommun.web.error.ErrorPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The governance module refused the person (they do not run the entity): the 403 page. */
@ControllerAdvice
class GovernanceErrorHandling {

    @ExceptionHandler(GovernanceAccessDeniedException.class)
    ModelAndView denied() {
        return ErrorPage.of(HttpStatus.FORBIDDEN);
    }
}
