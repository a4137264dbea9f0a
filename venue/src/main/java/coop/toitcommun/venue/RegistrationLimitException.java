package coop.toitcommun.venue;

import java.time.Duration;

/** Too many registrations from one client address or for one email in the house's window: try again later. */
public class RegistrationLimitException extends RuntimeException {

    private final transient Duration wait;

    public RegistrationLimitException(Duration wait) {
        super("Too many registrations, wait " + wait);
        this.wait = wait;
    }

    public Duration waitFor() {
        return wait;
    }
}
