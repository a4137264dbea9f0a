package coop.toitcommun.membership;

public class WrongPasswordException extends RuntimeException {

    public WrongPasswordException() {
        super("The current password does not match");
    }
}
