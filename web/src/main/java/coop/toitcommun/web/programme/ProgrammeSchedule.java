package coop.toitcommun.web.programme;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.Houses;
import coop.toitcommun.venue.Registrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the names and emails of visitors registered for events that ended longer ago than the house's retention
 * period. Hourly, on every instance: the erasure is one conditional UPDATE, so instances running it at once erase
 * each row once.
 */
@Component
class ProgrammeSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeSchedule.class);

    private final Registrations registrations;
    private final HouseClock time;
    private final Houses houses;

    ProgrammeSchedule(Houses houses, Registrations registrations, HouseClock time) {
        this.houses = houses;
        this.registrations = registrations;
        this.time = time;
    }

    @Scheduled(cron = "${toitcommun.events.erasure-cron:0 17 * * * *}", zone = "${toitcommun.zone:Europe/Paris}")
    void eraseExpiredRegistrations() {
        houses.forEach(() -> {
            int erased = registrations.eraseExpired(time.now());
            if (erased > 0) {
                LOG.info("Erased the names and emails of {} registrations to past events", erased);
            }
        });
    }
}
