package coop.toitcommun.membership;

/**
 * A representative's signature: the typed full name and the ticked commitment to sign on behalf of the
 * organisation. Both are required.
 */
public record Signature(String typedName, boolean committed) {

    void check() {
        if (typedName == null || typedName.isBlank()) {
            throw new MembershipRuleException("typedNameMissing");
        }
        if (!committed) {
            throw new MembershipRuleException("commitmentMissing");
        }
    }
}
