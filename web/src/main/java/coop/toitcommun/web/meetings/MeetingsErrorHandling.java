package coop.toitcommun.web.meetings;

import coop.toitcommun.governance.MeetingAccessDeniedException;
import coop.toitcommun.web.error.ErrorPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** No current mandate on the body, or not convened: the 403 page. */
@ControllerAdvice
class MeetingsErrorHandling {

    @ExceptionHandler(MeetingAccessDeniedException.class)
    ModelAndView denied() {
        return ErrorPage.of(HttpStatus.FORBIDDEN);
    }
}
