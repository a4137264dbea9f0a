package coop.toitcommun.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/** Today and now in the house's time zone: mandates and registers are kept by calendar date, meetings by local time. */
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

    /** Now on the house's clocks, as meetings' times are kept. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone));
    }
}
