package coop.toitcommun.web.security;

import org.springframework.security.core.AuthenticationException;

/** The password was right, and the account signs in in two steps: the code comes next, on its own page. */
class SecondStepRequiredException extends AuthenticationException {

    private final long personId;

    SecondStepRequiredException(long personId) {
        super("The second step is required");
        this.personId = personId;
    }

    long personId() {
        return personId;
    }
}
