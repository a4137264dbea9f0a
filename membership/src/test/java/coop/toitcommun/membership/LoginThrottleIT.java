package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import coop.toitcommun.testsupport.DatabaseLocks;
import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@PostgresTest
class LoginThrottleIT {

    /** The application's own throttle, with its transactions; the others here run on a clock the test moves. */
    @Autowired LoginThrottle sharedThrottle;
    @Autowired JdbcClient jdbc;
    @Autowired AccountSettings settings;
    @Autowired DataSource dataSource;

    private final MovableClock clock = new MovableClock();
    private LoginThrottle throttle;

    @BeforeEach
    void throttleOnAClockTheTestMoves() {
        throttle = new LoginThrottle(jdbc, clock, settings);
    }

    @Test
    void fiveFailuresFromOneAddressThenEachTryWaitsTwiceAsLong() {
        String login = uniqueLogin();
        String address = uniqueAddress();
        for (int i = 0; i < 5; i++) {
            fail(login, address);
        }

        Attempt sixth = throttle.begin(AttemptKind.SIGN_IN, login, address);
        assertThat(sixth.refusal()).isEqualTo(Attempt.Refusal.WAIT);
        assertThat(sixth.retryAfter()).isEqualTo(Duration.ofMinutes(1));

        clock.move(Duration.ofSeconds(59));
        assertThat(throttle.begin(AttemptKind.SIGN_IN, login, address).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        clock.move(Duration.ofSeconds(1));
        fail(login, address);
        assertThat(throttle.begin(AttemptKind.SIGN_IN, login, address).retryAfter()).isEqualTo(Duration.ofMinutes(2));
        clock.move(Duration.ofMinutes(2));
        fail(login, address);
        assertThat(throttle.begin(AttemptKind.SIGN_IN, login, address).retryAfter()).isEqualTo(Duration.ofMinutes(4));

        for (int i = 0; i < 10; i++) {
            clock.move(Duration.ofHours(1));
            fail(login, address);
        }
        assertThat(throttle.begin(AttemptKind.SIGN_IN, login, address).retryAfter()).as("never more than the longest wait")
            .isEqualTo(settings.loginMaxDelay());
    }

    @Test
    void anotherAddressIsNotSlowedDownByThisOnesFailures() {
        String login = uniqueLogin();
        String sharedWifi = uniqueAddress();
        for (int i = 0; i < 5; i++) {
            fail(login, uniqueAddress());
            fail(uniqueLogin(), sharedWifi);
        }

        assertThat(throttle.begin(AttemptKind.SIGN_IN, login, uniqueAddress()).allowed()).isTrue();
        assertThat(throttle.begin(AttemptKind.SIGN_IN, uniqueLogin(), sharedWifi).allowed())
            .as("failures on other accounts from a shared address block nobody").isTrue();
    }

    @Test
    void beyondTheCeilingAddressesThatFailedAreRefusedButANewOneMaySignIn() {
        String login = uniqueLogin();
        List<String> attackers = new ArrayList<>();
        boolean offered = false;
        for (int i = 0; i < settings.loginAccountCeiling(); i++) {
            attackers.add(uniqueAddress());
            offered = throttle.failed(throttle.begin(AttemptKind.SIGN_IN, login, attackers.get(i)));
        }
        assertThat(offered).as("the failure that reached the ceiling offers an unlock link").isTrue();

        Attempt again = throttle.begin(AttemptKind.SIGN_IN, login, attackers.get(0));
        assertThat(again.refusal()).isEqualTo(Attempt.Refusal.ACCOUNT_CEILING);

        Attempt owner = throttle.begin(AttemptKind.SIGN_IN, login, uniqueAddress());
        assertThat(owner.allowed()).as("an address that has not failed").isTrue();
        throttle.succeeded(owner);

        Attempt newcomer = throttle.begin(AttemptKind.SIGN_IN, login, uniqueAddress());
        assertThat(throttle.failed(newcomer)).as("one unlock link per run of failures").isFalse();
        assertThat(throttle.begin(AttemptKind.SIGN_IN, login, attackers.get(1)).refusal()).isEqualTo(Attempt.Refusal.ACCOUNT_CEILING);

        throttle.forgive(login.toUpperCase());
        assertThat(throttle.begin(AttemptKind.SIGN_IN, login, attackers.get(0)).allowed()).as("the owner's unlock").isTrue();
    }

    @Test
    void theRightSecretForgetsThatAddressesFailures() {
        String login = uniqueLogin();
        String address = uniqueAddress();
        for (int i = 0; i < 4; i++) {
            fail(login, address);
        }
        throttle.succeeded(throttle.begin(AttemptKind.SIGN_IN, login, address));
        for (int i = 0; i < 5; i++) {
            fail(login, address);
        }
        assertThat(throttle.begin(AttemptKind.SIGN_IN, login, address).allowed()).isFalse();
    }

    @Test
    void failuresAreForgottenADayAfterTheLastOne() {
        String login = uniqueLogin();
        String address = uniqueAddress();
        for (int i = 0; i < 5; i++) {
            fail(login, address);
        }
        clock.move(settings.loginFailureMemory().plusSeconds(1));

        for (int i = 0; i < 5; i++) {
            assertThat(throttle.begin(AttemptKind.SIGN_IN, login, address).allowed()).as("try " + (i + 1)).isTrue();
        }
    }

    @Test
    void eachKindOfSecretIsCountedApart() {
        String login = uniqueLogin();
        String address = uniqueAddress();
        for (int i = 0; i < 5; i++) {
            throttle.failed(throttle.begin(AttemptKind.CONFIRMATION, login, address));
        }
        assertThat(throttle.begin(AttemptKind.CONFIRMATION, login, address).allowed()).isFalse();
        assertThat(throttle.begin(AttemptKind.SIGN_IN, login, address).allowed()).isTrue();
        assertThat(throttle.begin(AttemptKind.SECOND_STEP, login, address).allowed()).isTrue();
    }

    @Test
    void anIpv6ClientIsCountedByItsNetwork() {
        assertThat(LoginThrottle.clientKey("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.clientKey("2001:db8:1:2:bbbb::2"));
        assertThat(LoginThrottle.clientKey("2001:db8:1:2::1")).isNotEqualTo(LoginThrottle.clientKey("2001:db8:1:3::1"));
        assertThat(LoginThrottle.clientKey("198.51.100.7")).isEqualTo("198.51.100.7");
    }

    /**
     * Thirty tries at once for one account from one address: the account's row is held locked while they arrive,
     * and released once as many as the pool allows wait on it, so they truly race. Exactly five are let through.
     */
    @Test
    void thirtyParallelTriesLetExactlyTheAllowedNumberThrough() throws Exception {
        String login = uniqueLogin();
        String address = uniqueAddress();
        sharedThrottle.succeeded(sharedThrottle.begin(AttemptKind.SIGN_IN, login, address));
        int waiters = Math.min(30, dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() - 1);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                "SELECT 1 FROM membership.attempt_account WHERE kind = 'SIGN_IN' AND login = ? FOR UPDATE")) {
                lock.setString(1, login);
                lock.executeQuery().close();
            }
            List<Future<Attempt>> tries = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                tries.add(pool.submit(FirstHouse.carried(() -> sharedThrottle.begin(AttemptKind.SIGN_IN, login, address))));
            }
            DatabaseLocks.awaitWaitingSessions(holder, waiters);
            holder.commit();

            long allowed = 0;
            for (Future<Attempt> attempt : tries) {
                if (attempt.get().allowed()) {
                    allowed++;
                }
            }
            assertThat(allowed).isEqualTo(settings.maxLoginFailures());
        } finally {
            pool.shutdownNow();
        }
    }

    private void fail(String login, String address) {
        Attempt attempt = throttle.begin(AttemptKind.SIGN_IN, login, address);
        assertThat(attempt.allowed()).as("a try within the limits").isTrue();
        throttle.failed(attempt);
    }

    private static String uniqueLogin() {
        return "someone-" + UUID.randomUUID() + "@example.org";
    }

    private static String uniqueAddress() {
        return "10.0." + (int) (Math.random() * 250) + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T09:00:00Z").plusSeconds((long) (Math.random() * 1_000_000));

        void move(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
