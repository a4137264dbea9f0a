package coop.toitcommun.governance;

/** An entity, body, mandate or associate that does not exist (or not in the entity named). */
public class GovernanceNotFoundException extends RuntimeException {

    public GovernanceNotFoundException(String what) {
        super(what + " not found");
    }
}
