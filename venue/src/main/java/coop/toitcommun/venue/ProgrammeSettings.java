package coop.toitcommun.venue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The house's rules for the public programme ({@code toitcommun.events.*}).
 *
 * @param retention how long after an event its registrations' names and emails are kept
 * @param registrationsPerAddress registrations accepted from one client address per {@code registrationWindow}
 * @param registrationsPerEmail registrations accepted for one email per {@code registrationWindow}
 * @param registrationWindow the window in which registrations are counted
 * @param maxPlaces the most places one registration may ask for (the database accepts 10 at most)
 */
@ConfigurationProperties("toitcommun.events")
public record ProgrammeSettings(@DefaultValue("30d") Duration retention,
                                @DefaultValue("10") int registrationsPerAddress,
                                @DefaultValue("5") int registrationsPerEmail,
                                @DefaultValue("1h") Duration registrationWindow,
                                @DefaultValue("10") int maxPlaces) {

    public long retentionDays() {
        return retention.toDays();
    }
}
