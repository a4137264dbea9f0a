package coop.toitcommun.governance;

/** The person does not run this entity (no current mandate on a body that runs it, not an admin): a 403. */
public class GovernanceAccessDeniedException extends RuntimeException {

    public GovernanceAccessDeniedException(String message) {
        super(message);
    }
}
