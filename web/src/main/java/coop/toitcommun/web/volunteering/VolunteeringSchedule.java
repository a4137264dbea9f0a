package coop.toitcommun.web.volunteering;

import coop.toitcommun.venue.volunteering.Loads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hourly, on every instance: tells volunteers who crossed the house's overload thresholds, and the coordinators, once
 * per crossing. The module records each crossing with a conditional insert, so instances running it at once tell once.
 */
@Component
class VolunteeringSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(VolunteeringSchedule.class);

    private final Loads loads;

    VolunteeringSchedule(Loads loads) {
        this.loads = loads;
    }

    @Scheduled(cron = "${toitcommun.volunteering.overload-cron:0 23 * * * *}", zone = "${toitcommun.zone:Europe/Paris}")
    void tellNewOverloads() {
        int told = loads.tellNewOverloads().size();
        if (told > 0) {
            LOG.info("Told {} volunteers above the house's thresholds, and the coordinators", told);
        }
    }
}
