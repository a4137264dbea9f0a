package coop.toitcommun.membership;

/** The link is unknown, expired or already used: the person must ask for a new one. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException() {
        super("Unknown, expired or used token");
    }
}
