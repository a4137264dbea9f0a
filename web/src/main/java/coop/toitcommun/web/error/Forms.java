package coop.toitcommun.web.error;

import org.springframework.validation.BindingResult;

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
}
