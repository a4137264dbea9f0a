package coop.toitcommun.governance.responsibility;

/** The register refused a change, for a reason the page shows on the field concerned. */
public class ResponsibilityException extends RuntimeException {

    public enum Reason {
        /** Another live responsibility has this title. */
        TITLE_TAKEN,
        /** The title, the handover note or the handover's note holds what looks like a password or a code. */
        SECRET_IN_TITLE, SECRET_IN_NOTE, SECRET_IN_HANDOVER,
        /** A holder or backup who is not a person with an account of the house. */
        UNKNOWN_PERSON,
        /** Handing over to the person who already holds it. */
        SAME_HOLDER,
        /** Someone changed, handed over or archived the responsibility since the form was read. */
        CHANGED_MEANWHILE
    }

    private final Reason reason;

    public ResponsibilityException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
