package coop.toitcommun.membership;

public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException() {
        super("No such account");
    }
}
