package coop.toitcommun.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/** Today in the house's time zone: mandates and registers are kept by calendar date. */
@Component
public class GovernanceCalendar {

    private final Clock clock;
    private final ZoneId zone;

    GovernanceCalendar(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
