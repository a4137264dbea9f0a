package coop.toitcommun.web.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.util.ClassUtils;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * A value that cannot be read becomes an error on its field that says why (a number, a date, a time, a choice,
 * a field sent twice), keeping what was sent so that the page shows it again.
 */
final class InputErrors extends DefaultBindingErrorProcessor {

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
        String field = ex.getPropertyName();
        if (field == null) {
            super.processPropertyAccessException(ex, bindingResult);
            return;
        }
        String[] codes = bindingResult.resolveMessageCodes(code(ex), field);
        Object rejected = ex.getValue();
        if (ObjectUtils.isArray(rejected)) {
            rejected = StringUtils.arrayToCommaDelimitedString(ObjectUtils.toObjectArray(rejected));
        }
        FieldError error = new FieldError(bindingResult.getObjectName(), field, rejected, true, codes,
            getArgumentsForBindError(bindingResult.getObjectName(), field), ex.getLocalizedMessage());
        error.wrap(ex);
        bindingResult.addError(error);
    }

    /** The message code for a value that cannot be read as its field's type. */
    static String code(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof SingleValue.SentTwiceException) {
                return "input.sentTwice";
            }
        }
        Class<?> type = problem instanceof TypeMismatchException mismatch && mismatch.getRequiredType() != null
            ? ClassUtils.resolvePrimitiveIfNecessary(mismatch.getRequiredType()) : Object.class;
        return code(type);
    }

    static String code(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type == BigInteger.class) {
            return "input.number";
        }
        if (type == LocalDate.class) {
            return "input.date";
        }
        if (type == LocalTime.class) {
            return "input.time";
        }
        if (type.isEnum() || type == Boolean.class) {
            return "input.choice";
        }
        return "typeMismatch";
    }
}
