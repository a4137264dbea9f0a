package coop.toitcommun.web.security;

import java.time.Clock;

import coop.toitcommun.membership.Houses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, on every instance, deletes each house's expired sessions (their attributes go with them), as Spring
 * Session's own clean-up would if it could see every house's rows: it is turned off
 * ({@code spring.session.jdbc.cleanup-cron=-}).
 */
@Component
class ExpiredSessions {

    private final Houses houses;
    private final JdbcClient jdbc;
    private final Clock clock;

    ExpiredSessions(Houses houses, JdbcClient jdbc, Clock clock) {
        this.houses = houses;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "0 * * * * *")
    void delete() {
        houses.forEach(() -> jdbc.sql("DELETE FROM web.http_session WHERE expiry_time < :now")
            .param("now", clock.millis()).update());
    }
}
