package coop.toitcommun.governance;

import java.util.List;

/** A meeting action refused; the web shows {@code meetings.refused.<reason>} with the arguments. */
public class MeetingException extends RuntimeException {

    private final String reason;
    private final List<String> arguments;

    public MeetingException(String reason, String... arguments) {
        super(reason + " " + List.of(arguments));
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public String reason() {
        return reason;
    }

    public List<String> arguments() {
        return arguments;
    }
}
