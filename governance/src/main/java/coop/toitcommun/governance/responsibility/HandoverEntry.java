package coop.toitcommun.governance.responsibility;

import java.time.Instant;

/**
 * A line of a responsibility's history: {@code from} is null for its creation. {@code note} is empty for those who
 * may not read the handover notes.
 */
public record HandoverEntry(Instant at, String by, String from, String to, String note) {

    public boolean creation() {
        return from == null;
    }
}
