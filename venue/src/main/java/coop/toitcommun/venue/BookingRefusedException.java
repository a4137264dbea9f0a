package coop.toitcommun.venue;

/** A booking the rules do not allow; {@code reason} is a message key, with its arguments. */
public class BookingRefusedException extends RuntimeException {

    private final String reason;
    private final transient Object[] arguments;

    public BookingRefusedException(String reason, Object... arguments) {
        super(reason);
        this.reason = reason;
        this.arguments = arguments;
    }

    public String reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
