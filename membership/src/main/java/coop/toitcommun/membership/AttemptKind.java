package coop.toitcommun.membership;

/** What a throttled attempt guesses; each kind is counted apart, so that one never locks the others. */
public enum AttemptKind {
    /** The password on the sign-in form. */
    SIGN_IN,
    /** The code of the second step of signing in. */
    SECOND_STEP,
    /** A signed-in person's password, asked again before a decision such as signing minutes. */
    CONFIRMATION
}
