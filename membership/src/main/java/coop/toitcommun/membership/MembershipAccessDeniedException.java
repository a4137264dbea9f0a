package coop.toitcommun.membership;

/**
 * The person may not do or read this in membership (the door's queue, the charter's draft, exclusions: co-founders
 * only; the whole audit trail: co-founders and admins): a 403.
 */
public class MembershipAccessDeniedException extends RuntimeException {

    public MembershipAccessDeniedException(String message) {
        super(message);
    }
}
