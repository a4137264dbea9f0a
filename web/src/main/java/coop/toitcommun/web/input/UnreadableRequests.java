package coop.toitcommun.web.input;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import coop.toitcommun.web.error.ErrorPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The one place where a request's values meet the application. Forms with their own errors get an error on each
 * field that cannot be read ({@link InputErrors}). Any other value that cannot be read, is missing or breaks its
 * rules ({@link Text}) stops the request before the controller acts:
 * <ul>
 *   <li>in a page's address ({@code /organisations?commune=…}), the page opens without it and says it was ignored;</li>
 *   <li>sent by a form, the person goes back to the page the form was on, with the problem and what they typed;</li>
 *   <li>in the path ({@code /bookings/abc}), the address leads nowhere: 404.</li>
 * </ul>
 */
@ControllerAdvice
class UnreadableRequests {

    private static final InputErrors FIELD_ERRORS = new InputErrors();

    @InitBinder
    void readFieldsTheSameWay(WebDataBinder binder) {
        binder.setBindingErrorProcessor(FIELD_ERRORS);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unreadable(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return ErrorPage.of(HttpStatus.NOT_FOUND);
        }
        return refuse(request, Set.of(e.getName()), new DefaultMessageSourceResolvable(InputErrors.code(e)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return refuse(request, Set.of(e.getParameterName()), new DefaultMessageSourceResolvable("NotNull"));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ModelAndView invalid(HandlerMethodValidationException e, HttpServletRequest request) {
        return refuse(request, e.getParameterValidationResults().stream().map(ParameterValidationResult::getMethodParameter)
            .map(UnreadableRequests::parameterName).collect(Collectors.toSet()), e.getAllErrors().get(0));
    }

    /** A form checked by a controller that does not show its errors itself: its first problem. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ModelAndView invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        return refuse(request, e.getBindingResult().getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet()),
            e.getBindingResult().getAllErrors().get(0));
    }

    /**
     * Spring's constructor binding throws a bare exception on a list index it cannot use ({@code textFr[abc]}, or
     * {@code textFr[99999999]} beyond its growth limit): a request no form sends, refused like an unreadable value.
     * Any other such exception is a fault of ours, and stays one.
     */
    @ExceptionHandler({NumberFormatException.class, IndexOutOfBoundsException.class})
    ModelAndView unusableIndex(RuntimeException e, HttpServletRequest request) {
        if (!thrownWhileBinding(e)) {
            throw e;
        }
        return refuse(request, request.getParameterMap().keySet().stream().filter(p -> p.contains("[")).toList(),
            new DefaultMessageSourceResolvable("input.formUnreadable"));
    }

    private static boolean thrownWhileBinding(Throwable e) {
        return Arrays.stream(e.getStackTrace()).map(StackTraceElement::getClassName)
            .filter(type -> !type.startsWith("java.") && !type.startsWith("jdk."))
            .findFirst().filter(DataBinder.class.getName()::equals).isPresent();
    }

    private static ModelAndView refuse(HttpServletRequest request, Collection<String> parameters, MessageSourceResolvable problem) {
        if (HttpMethod.GET.matches(request.getMethod())) {
            if (parameters.stream().noneMatch(p -> request.getParameter(p) != null)) {
                return ErrorPage.of(HttpStatus.BAD_REQUEST);
            }
            RequestContextUtils.getOutputFlashMap(request).put("flashError", "input.parameterIgnored");
            return redirect(request.getRequestURI() + query(request, parameters));
        }
        String back = samePage(request);
        if (back == null) {
            return ErrorPage.of(HttpStatus.BAD_REQUEST);
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("flashProblem", new DefaultMessageSourceResolvable(problem.getCodes(), problem.getArguments(),
            problem.getDefaultMessage()));
        flash.put("retry", Retry.of(request.getRequestURI(), request.getParameterMap()));
        return redirect(back);
    }

    /** The query string without the parameters that could not be read. */
    private static String query(HttpServletRequest request, Collection<String> dropped) {
        String kept = request.getParameterMap().entrySet().stream()
            .filter(p -> !dropped.contains(p.getKey()))
            .flatMap(p -> Arrays.stream(p.getValue()).map(v -> encode(p.getKey()) + "=" + encode(v)))
            .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "" : "?" + kept;
    }

    /** The page of this site the form was sent from, path and query only; null when the browser did not say. */
    private static String samePage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            boolean sameSite = from.getHost() != null && from.getHost().equalsIgnoreCase(request.getServerName())
                && from.getRawPath() != null && from.getRawPath().startsWith("/") && !from.getRawPath().startsWith("//");
            return sameSite ? from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code target} starts with the context path already, as request URIs and referers do. */
    private static ModelAndView redirect(String target) {
        RedirectView view = new RedirectView(target, false);
        view.setExpandUriTemplateVariables(false);
        return new ModelAndView(view);
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        String name = param == null ? "" : param.name().isEmpty() ? param.value() : param.name();
        return name.isEmpty() ? parameter.getParameterName() : name;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
