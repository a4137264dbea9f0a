package coop.toitcommun.web.account;

import coop.toitcommun.membership.InvalidPasswordException;
import coop.toitcommun.membership.PasswordPolicy;
import coop.toitcommun.membership.PasswordProblem;
import org.springframework.validation.BindingResult;

/** Turns the password rules' verdicts into field errors, each with its own message. */
public final class PasswordErrors {

    /**
     * What a password field accepts before the rules judge it: twice the longest password, since the rules count
     * characters and a field counts UTF-16 units, so that a long password gets the rules' own message.
     */
    public static final int FIELD_LIMIT = 2 * PasswordPolicy.MAX_LENGTH;

    private PasswordErrors() {
    }

    static void reject(BindingResult result, String field, InvalidPasswordException refused) {
        for (PasswordProblem problem : refused.problems()) {
            result.rejectValue(field, "password." + problem.name(),
                new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH}, problem.name());
        }
    }

    static void checkConfirmation(BindingResult result, String password, String confirmation) {
        if (!result.hasFieldErrors("confirmation") && password != null && !password.equals(confirmation)) {
            result.rejectValue("confirmation", "password.mismatch");
        }
    }
}
