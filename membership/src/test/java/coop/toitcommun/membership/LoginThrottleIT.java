package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@PostgresTest
class LoginThrottleIT {

    @Autowired LoginThrottle throttle;
    @Autowired JdbcClient jdbc;

    @Test
    void fiveFailuresForOneLoginBlockIt() {
        String login = "someone-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(login, uniqueAddress());
        }
        assertThat(throttle.isBlocked(login, uniqueAddress())).isFalse();

        throttle.recordFailure(login.toUpperCase(), uniqueAddress());

        assertThat(throttle.isBlocked(login, uniqueAddress())).isTrue();
        assertThat(throttle.isBlocked("other-" + login, uniqueAddress())).isFalse();
    }

    @Test
    void fiveFailuresFromOneAddressBlockEveryLoginFromIt() {
        String address = uniqueAddress();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("guess-" + i + "-" + UUID.randomUUID() + "@example.org", address);
        }
        assertThat(throttle.isBlocked("real-" + UUID.randomUUID() + "@example.org", address)).isTrue();
        assertThat(throttle.isBlocked("real-" + UUID.randomUUID() + "@example.org", uniqueAddress())).isFalse();
    }

    @Test
    void theBlockEndsFifteenMinutesAfterTheFifthFailure() {
        String login = "late-" + UUID.randomUUID() + "@example.org";
        insertFailure(login, "20 minutes");
        insertFailure(login, "17 minutes");
        insertFailure(login, "16 minutes");
        insertFailure(login, "14 minutes 50 seconds");
        insertFailure(login, "14 minutes");
        assertThat(throttle.isBlocked(login, uniqueAddress())).as("fifth failure 14 minutes ago, all within 15").isTrue();

        String older = "older-" + UUID.randomUUID() + "@example.org";
        for (String ago : new String[] {"20 minutes", "19 minutes", "18 minutes", "17 minutes", "16 minutes"}) {
            insertFailure(older, ago);
        }
        assertThat(throttle.isBlocked(older, uniqueAddress())).as("blocked 16 minutes ago, so free again").isFalse();

        String spread = "spread-" + UUID.randomUUID() + "@example.org";
        for (String ago : new String[] {"29 minutes", "22 minutes", "14 minutes", "7 minutes", "1 minute"}) {
            insertFailure(spread, ago);
        }
        assertThat(throttle.isBlocked(spread, uniqueAddress())).as("five failures spread over 28 minutes").isFalse();
    }

    @Test
    void aSuccessForgetsTheLoginsFailures() {
        String login = "forgetful-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(login, uniqueAddress());
        }
        throttle.recordSuccess(login);
        throttle.recordFailure(login, uniqueAddress());
        assertThat(throttle.isBlocked(login, uniqueAddress())).isFalse();
    }

    private void insertFailure(String login, String ago) {
        jdbc.sql("INSERT INTO membership.login_failure (login, client_address, failed_at) VALUES (:login, :address, now() - cast(:ago AS interval))")
            .param("login", login).param("address", uniqueAddress()).param("ago", ago).update();
    }

    private static String uniqueAddress() {
        return "10.0." + (int) (Math.random() * 250) + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
