package coop.toitcommun.venue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The venue module with membership, for its own integration tests. The clock is fixed on Monday 2 February
 * 2026, so that tests can book around the 2026 daylight-saving changes.
 */
@SpringBootApplication(scanBasePackages = {"coop.toitcommun.venue", "coop.toitcommun.membership"})
@EntityScan(basePackages = {"coop.toitcommun.venue", "coop.toitcommun.membership"})
@EnableJpaRepositories(basePackages = {"coop.toitcommun.venue", "coop.toitcommun.membership"})
public class VenueTestApplication {

    static final Instant NOW = Instant.parse("2026-02-02T08:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
