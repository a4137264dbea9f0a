package coop.toitcommun.web.volunteering;

import java.time.Duration;

import coop.toitcommun.membership.Houses;
import coop.toitcommun.venue.volunteering.Loads;
import coop.toitcommun.venue.volunteering.Shifts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hourly, on every instance: tells volunteers who crossed the house's overload thresholds, and the coordinators, once
 * per crossing; announces the shifts that start within 48 hours and still need people to those who did their mission
 * before, once per shift. The module decides with a conditional insert or update, so instances running at once tell
 * once.
 */
@Component
class VolunteeringSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(VolunteeringSchedule.class);

    /** How long before its start a shift still needing people is announced. */
    static final Duration ANNOUNCED_AHEAD = Duration.ofHours(48);

    private final Loads loads;
    private final Shifts shifts;
    private final Houses houses;

    VolunteeringSchedule(Houses houses, Loads loads, Shifts shifts) {
        this.houses = houses;
        this.loads = loads;
        this.shifts = shifts;
    }

    @Scheduled(cron = "${toitcommun.volunteering.overload-cron:0 23 * * * *}", zone = "${toitcommun.zone:Europe/Paris}")
    void tellNewOverloads() {
        houses.forEach(() -> {
            int told = loads.tellNewOverloads().size();
            if (told > 0) {
                LOG.info("Told {} volunteers above the house's thresholds, and the coordinators", told);
            }
        });
    }

    @Scheduled(cron = "${toitcommun.volunteering.announce-cron:0 41 * * * *}", zone = "${toitcommun.zone:Europe/Paris}")
    void announceUnfilledShifts() {
        houses.forEach(() -> {
            int announced = shifts.announceUnfilled(ANNOUNCED_AHEAD).size();
            if (announced > 0) {
                LOG.info("Announced {} shifts still needing people to the volunteers who did their mission before", announced);
            }
        });
    }
}
