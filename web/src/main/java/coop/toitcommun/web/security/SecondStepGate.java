package coop.toitcommun.web.security;

import coop.toitcommun.membership.TwoStep;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * After the password: an account that signs in in two steps is not signed in yet. Nothing of it enters the
 * session but a pending second step (see {@link SecondStepController}).
 */
class SecondStepGate implements AuthenticationProvider {

    private final AuthenticationProvider password;
    private final TwoStep twoStep;

    SecondStepGate(AuthenticationProvider password, TwoStep twoStep) {
        this.password = password;
        this.twoStep = twoStep;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Authentication result = password.authenticate(authentication);
        if (result.getPrincipal() instanceof SignedInPerson person && twoStep.isEnabled(person.getPersonId())) {
            throw new SecondStepRequiredException(person.getPersonId());
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return password.supports(authentication);
    }
}
