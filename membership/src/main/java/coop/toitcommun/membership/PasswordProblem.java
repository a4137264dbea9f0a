package coop.toitcommun.membership;

/** Why a password is refused. */
public enum PasswordProblem {
    TOO_SHORT, TOO_LONG, COMMON, SAME_AS_EMAIL
}
