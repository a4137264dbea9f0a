package coop.toitcommun.web.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox delivers: an email that could not be sent is tried again after {@code firstRetry}, then after
 * twice as long each time up to {@code maxRetryDelay}; after {@code maxAttempts} it is marked failed for an admin
 * to send again. {@code pollInterval} is how often the outbox looks for work besides the wake-ups after each
 * decision (emails stored by another instance, claims left by an instance that stopped).
 */
@ConfigurationProperties("toitcommun.mail")
public record MailSettings(@DefaultValue("1m") Duration firstRetry,
                           @DefaultValue("1h") Duration maxRetryDelay,
                           @DefaultValue("12") int maxAttempts,
                           @DefaultValue("1m") Duration pollInterval,
                           @DefaultValue("10m") Duration claim) {

    /** How long to wait before the next try after {@code attempts} failed ones. */
    Duration delayAfter(int attempts) {
        Duration delay = firstRetry;
        for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) < 0 ? delay : maxRetryDelay;
    }

    boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
