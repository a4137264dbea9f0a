package coop.toitcommun.membership;

/** The reader may not read this part of the audit trail (another organisation's decisions, or the whole trail). */
public class AuditAccessDeniedException extends RuntimeException {

    public AuditAccessDeniedException(String message) {
        super(message);
    }
}
