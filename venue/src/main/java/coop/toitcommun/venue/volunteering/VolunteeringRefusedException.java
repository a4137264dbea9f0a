package coop.toitcommun.venue.volunteering;

/** A rule of volunteering refuses the request; {@code reason} is a message key, formatted with the arguments. */
public class VolunteeringRefusedException extends RuntimeException {

    private final String reason;
    private final transient Object[] arguments;

    public VolunteeringRefusedException(String reason, Object... arguments) {
        super(reason);
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public String reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
