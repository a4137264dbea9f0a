package coop.toitcommun.venue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LocalClockTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void answersAsTheTimeZonesRulesAcrossEveryChangeOfClockInOrderAndOutOfOrder() {
        List<Instant> instants = new ArrayList<>();
        // every quarter of an hour around the changes of clock of 2026, and a quarter hour and a second before each
        for (String day : List.of("2026-03-28T00:00:00Z", "2026-10-24T00:00:00Z")) {
            for (Instant at = Instant.parse(day); at.isBefore(Instant.parse(day).plus(Duration.ofDays(3))); at = at.plusSeconds(899)) {
                instants.add(at);
            }
        }
        // the changes of clock themselves, and the second before
        for (String change : List.of("2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z")) {
            instants.add(Instant.parse(change));
            instants.add(Instant.parse(change).minusNanos(1));
        }
        Random random = new Random(20261204);
        for (int i = 0; i < 5_000; i++) {
            instants.add(Instant.ofEpochSecond(Instant.parse("1970-01-01T00:00:00Z").getEpochSecond()
                + (long) (random.nextDouble() * Duration.ofDays(365L * 80).toSeconds()), random.nextInt(1_000_000_000)));
        }
        LocalClock inOrder = new LocalClock(PARIS);
        for (Instant instant : instants) {
            assertThat(inOrder.local(instant)).as(instant.toString()).isEqualTo(LocalDateTime.ofInstant(instant, PARIS));
        }
        Collections.shuffle(instants, random);
        LocalClock shuffled = new LocalClock(PARIS);
        for (Instant instant : instants) {
            assertThat(shuffled.local(instant)).as(instant.toString()).isEqualTo(LocalDateTime.ofInstant(instant, PARIS));
        }
    }

    @Test
    void placesLocalTimesAsAtZoneDoesTheSkippedAndRepeatedHoursIncluded() {
        List<LocalDateTime> locals = new ArrayList<>();
        for (String day : List.of("2026-03-28T00:00", "2026-10-24T00:00", "2027-03-27T00:00")) {
            for (LocalDateTime at = LocalDateTime.parse(day); at.isBefore(LocalDateTime.parse(day).plusDays(3)); at = at.plusMinutes(15)) {
                locals.add(at);
                locals.add(at.plusSeconds(59));
            }
        }
        LocalClock clock = new LocalClock(PARIS);
        for (LocalDateTime local : locals) {
            assertThat(clock.instant(local)).as(local.toString()).isEqualTo(local.atZone(PARIS).toInstant());
            // a conversion the other way in between moves the stretch the clock remembers
            Instant later = local.atZone(PARIS).toInstant().plus(Duration.ofDays(200));
            assertThat(clock.local(later)).isEqualTo(LocalDateTime.ofInstant(later, PARIS));
            assertThat(clock.instant(local)).as(local.toString()).isEqualTo(local.atZone(PARIS).toInstant());
        }
        Collections.shuffle(locals, new Random(4));
        for (LocalDateTime local : locals) {
            assertThat(clock.instant(local)).as(local.toString()).isEqualTo(local.atZone(PARIS).toInstant());
        }
    }

    @Test
    void aZoneWithoutChangesOfClockIsOneStretch() {
        LocalClock utc = new LocalClock(ZoneId.of("UTC"));
        Instant instant = Instant.parse("2026-12-04T10:15:30.5Z");
        assertThat(utc.local(instant)).isEqualTo(LocalDateTime.parse("2026-12-04T10:15:30.5"));
        assertThat(utc.instant(LocalDateTime.parse("1900-01-01T00:00"))).isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
    }
}
