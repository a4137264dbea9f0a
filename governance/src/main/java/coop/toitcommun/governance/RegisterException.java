package coop.toitcommun.governance;

/** A register change that makes no sense (not a rule of law): more shares than held, an associate who left… */
public class RegisterException extends RuntimeException {

    public enum Reason { NOT_ENOUGH_SHARES, ASSOCIATE_LEFT, SAME_ASSOCIATE, NO_SHARES_HERE, COLLEGE_IN_USE, ALREADY_LEFT, DUPLICATE_COLLEGE }

    private final Reason reason;

    public RegisterException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
