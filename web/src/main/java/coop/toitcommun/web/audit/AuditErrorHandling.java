package coop.toitcommun.web.audit;

import coop.toitcommun.membership.AuditAccessDeniedException;
import coop.toitcommun.web.error.ErrorPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The whole audit trail read by someone who is neither co-founder nor admin: the 403 page. */
@ControllerAdvice
class AuditErrorHandling {

    @ExceptionHandler(AuditAccessDeniedException.class)
    ModelAndView forbidden() {
        return ErrorPage.of(HttpStatus.FORBIDDEN);
    }
}
