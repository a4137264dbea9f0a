package coop.toitcommun.membership;

/** The code of the second step (or the recovery code) is not right, or was already used. */
public class WrongCodeException extends RuntimeException {

    public WrongCodeException() {
        super("Wrong or used code");
    }
}
