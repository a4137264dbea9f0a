package coop.toitcommun.web.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

/**
 * Every text a request brings in: plain text (see {@link PlainText}) of at most {@code max} characters, the size
 * of the column that keeps it. Each field declares its limit once, here, with the column it is stored in
 * ({@code schema.table.column}), or {@link #NOT_STORED}; {@code FieldLimitsIT} checks every limit against the
 * database. Each rule reports its own message ({@code PlainText}, {@code Size}).
 */
@Documented
@PlainText
@Size
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Text {

    /** For a text that no column keeps as typed: a password, a search, an amount read as a number. */
    String NOT_STORED = "";

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    /** Where the text is kept, {@code schema.table.column}, or {@link #NOT_STORED}. */
    String column();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
