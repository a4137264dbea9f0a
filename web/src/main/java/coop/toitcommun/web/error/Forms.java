package coop.toitcommun.web.error;

import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/** Checks on a sent form before the checks that need the form itself. */
public final class Forms {

    private Forms() {
    }

    /**
     * True when a value could not even be read (a number too large, a date that is not one): the form record was
     * then never built, its errors are already in {@code result}, and rejecting another field would fail. The page
     * must be shown again at once; it keeps what was typed.
     */
    public static boolean unreadable(BindingResult result) {
        return result.getTarget() == null;
    }

    /**
     * A module's refusals, all at once, each under its field ({@code fields}: reason to field) with the message
     * {@code prefix + reason}, unless the field already shows an error; reasons this form has no field for are left to
     * the module, which refuses them again when the form is sent.
     */
    public static void reject(Errors errors, List<String> reasons, Map<String, String> fields, String prefix) {
        for (String reason : reasons) {
            String field = fields.get(reason);
            if (field != null && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, prefix + reason);
            }
        }
    }
}
