package coop.toitcommun.web.meetings;

import java.time.Instant;
import java.time.LocalDateTime;

import coop.toitcommun.membership.HouseClock;
import org.springframework.stereotype.Component;

/** Instants (sending and signing times) shown in the house's time zone, in pages and PDFs ({@code times.local(…)}). */
@Component
class HouseTime {

    private final HouseClock calendar;

    HouseTime(HouseClock calendar) {
        this.calendar = calendar;
    }

    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, calendar.zone());
    }
}
