package coop.toitcommun.web.responsibility;

import coop.toitcommun.governance.responsibility.ReviewReminders;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.Houses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, on every instance: the responsibilities whose review date has passed are announced by email, each
 * passing once (the module claims it with one conditional UPDATE).
 */
@Component
class ReviewSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewSchedule.class);

    private final ReviewReminders reminders;
    private final HouseClock calendar;
    private final Houses houses;

    ReviewSchedule(Houses houses, ReviewReminders reminders, HouseClock calendar) {
        this.houses = houses;
        this.reminders = reminders;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${toitcommun.responsibilities.reminder-cron:0 10 7 * * *}", zone = "${toitcommun.zone:Europe/Paris}")
    void daily() {
        houses.forEach(() -> {
            int announced = reminders.remind(calendar.today());
            if (announced > 0) {
                LOG.info("Announced {} passed review dates of responsibilities", announced);
            }
        });
    }
}
