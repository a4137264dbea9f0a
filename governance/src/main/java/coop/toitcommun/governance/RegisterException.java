package coop.toitcommun.governance;

/**
 * A change to an entity or its register that makes no sense (not a rule of law): more shares than held, an
 * associate of another entity, a register with shares but no nominal value…
 */
public class RegisterException extends RuntimeException {

    public enum Reason {
        NOT_ENOUGH_SHARES, ASSOCIATE_LEFT, SAME_ASSOCIATE, NO_SHARES_HERE, COLLEGE_IN_USE, ALREADY_LEFT, DUPLICATE_COLLEGE,
        /** The associate is not in this entity's register. */
        UNKNOWN_ASSOCIATE,
        /** The receiving associate of a transfer is not in this entity's register. */
        UNKNOWN_TRANSFEREE,
        NOT_POSITIVE, PAID_UP_TOO_HIGH, NOMINAL_REQUIRED, CATEGORY_REQUIRED, UNKNOWN_COLLEGE,
        CUSTOM_MAJORITY_NEEDS_PERCENT, SCIC_QUORUM_BY_SHARES, BODY_EXISTS, UNKNOWN_BODY, UNKNOWN_ENTITY,
        ENDS_BEFORE_START
    }

    private final Reason reason;

    public RegisterException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
