package coop.toitcommun.membership;

/**
 * A step of the door refused by the house's rules; the reason is a short code that pages turn into a message
 * ({@code alreadyApproved}, {@code ownOrganisation}, {@code notPending}, …).
 */
public class MembershipRuleException extends RuntimeException {

    private final String reason;

    public MembershipRuleException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** Refuses with the first of these reasons, if there is one. */
    static void refuseFirst(java.util.List<String> reasons) {
        if (!reasons.isEmpty()) {
            throw new MembershipRuleException(reasons.get(0));
        }
    }
}
