package coop.toitcommun.web.meetings;

import coop.toitcommun.governance.MeetingAccessDeniedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * No current mandate on the body, or not convened: the 403 page. A file larger than the multipart limit never
 * reaches the controller: back to the agenda with the French message instead of an error page.
 */
@ControllerAdvice
class MeetingsErrorHandling {

    @ExceptionHandler(MeetingAccessDeniedException.class)
    ModelAndView denied() {
        ModelAndView page = new ModelAndView("error/page", HttpStatus.FORBIDDEN);
        page.addObject("status", 403);
        page.addObject("code", "403");
        return page;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int items = path.indexOf("/items/");
        if (!path.startsWith("/meetings/") || items < 0) {
            ModelAndView page = new ModelAndView("error/page", HttpStatus.PAYLOAD_TOO_LARGE);
            page.addObject("status", 413);
            page.addObject("code", "4xx");
            return page;
        }
        RequestContextUtils.getOutputFlashMap(request).put("documentError", "meetings.document.tooLarge");
        return new ModelAndView("redirect:" + path.substring(0, items) + "/agenda");
    }
}
