package coop.toitcommun.web.door;

import java.time.Clock;

import coop.toitcommun.membership.Houses;
import coop.toitcommun.membership.Resignatures;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Every morning: re-signature reminders 30 and 7 days before the deadline, suspension past it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ResignatureSchedule {

    private final Resignatures resignatures;
    private final Clock clock;
    private final Houses houses;

    ResignatureSchedule(Houses houses, Resignatures resignatures, Clock clock) {
        this.houses = houses;
        this.resignatures = resignatures;
        this.clock = clock;
    }

    @Scheduled(cron = "${toitcommun.membership.reminder-cron:0 0 7 * * *}", zone = "${toitcommun.zone:Europe/Paris}")
    void daily() {
        houses.forEach(() -> resignatures.remindAndSuspend(clock.instant()));
    }
}
