package coop.toitcommun.web.error;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/** A crafted request that a page's own form never sends (an upload that is not multipart): a 400 page. */
@ControllerAdvice
class BadRequestHandling {

    @ExceptionHandler(MultipartException.class)
    ModelAndView notAnUpload() {
        return ErrorPage.of(HttpStatus.BAD_REQUEST);
    }
}
