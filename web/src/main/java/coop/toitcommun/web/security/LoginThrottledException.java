package coop.toitcommun.web.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this login or from this address: refused without checking the password. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed sign-ins");
    }
}
