package coop.toitcommun.venue.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Instants as the house's local times and back, for one page or one check (not shared between threads). It keeps the
 * offset in force around its last answer, with the stretch between the two changes of clock it holds for, and answers
 * inside that stretch without asking the time zone's rules: they look the year's changes of clock up in a map at each
 * call, and a week of 50 rooms converts some ten thousand times. Outside the stretch, and for the local times a change
 * of clock skips or repeats, the rules answer, as {@link LocalDateTime#ofInstant} and {@code atZone} do.
 */
public final class LocalClock {

    private final ZoneId zone;
    private final ZoneRules rules;
    private ZoneOffset offset;
    /** The instants [from, until), in seconds, that have {@link #offset}. */
    private long fromSecond = Long.MAX_VALUE;
    private long untilSecond = Long.MIN_VALUE;
    /** The local times [from, until) that exist once, all with {@link #offset}; null before the first answer. */
    private LocalDateTime localFrom;
    private LocalDateTime localUntil;

    public LocalClock(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    public LocalDateTime local(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < fromSecond || second >= untilSecond) {
            learnAround(instant);
        }
        return LocalDateTime.ofEpochSecond(second, instant.getNano(), offset);
    }

    /** A local time as an instant; one that a change of clock skips or repeats is placed as {@code atZone} places it. */
    public Instant instant(LocalDateTime local) {
        if (localFrom == null || local.isBefore(localFrom) || !local.isBefore(localUntil)) {
            Instant instant = local.atZone(zone).toInstant();
            learnAround(instant);
            return instant;
        }
        return local.toInstant(offset);
    }

    private void learnAround(Instant instant) {
        offset = rules.getOffset(instant);
        // the last change at or before the instant (previousTransition alone skips one that falls on it exactly)
        ZoneOffsetTransition previous = rules.previousTransition(Instant.ofEpochSecond(instant.getEpochSecond() + 1));
        ZoneOffsetTransition next = rules.nextTransition(instant);
        fromSecond = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
        untilSecond = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        // the local times on either side of a change exist twice (clocks go back) or not at all (clocks go forward)
        localFrom = previous == null ? LocalDateTime.MIN : latest(previous.getDateTimeBefore(), previous.getDateTimeAfter());
        localUntil = next == null ? LocalDateTime.MAX : earliest(next.getDateTimeBefore(), next.getDateTimeAfter());
    }

    private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
