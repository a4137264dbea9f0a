package coop.toitcommun.membership;

/** A change an admin may not make, such as removing their own admin role. {@code reason} is a message key suffix. */
public class AccountRuleException extends RuntimeException {

    private final String reason;

    public AccountRuleException(String reason) {
        super("Account change refused: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
