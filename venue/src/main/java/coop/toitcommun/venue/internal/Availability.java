package coop.toitcommun.venue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import coop.toitcommun.venue.TimeSpan;

/**
 * Whether rooms are open and free, answered in memory from what a page or a check loaded for its window
 * (bookings, closures, opening hours): a bounded number of queries whatever the number of bookings.
 */
public final class Availability {

    private final LocalClock clock;
    private final Map<Long, List<HeldBooking>> bookingsByRoom;
    private final List<Closure> closures;
    private final Map<Long, List<OpeningHours>> hoursByRoom;
    private final List<OpeningHours> houseHours;

    public Availability(ZoneId zone, List<HeldBooking> bookings, List<Closure> closures, List<OpeningHours> hours) {
        this.clock = new LocalClock(zone);
        this.bookingsByRoom = bookings.stream().collect(Collectors.groupingBy(HeldBooking::roomId));
        this.closures = closures;
        this.hoursByRoom = hours.stream().filter(h -> h.getRoomId() != null)
            .collect(Collectors.groupingBy(OpeningHours::getRoomId));
        this.houseHours = hours.stream().filter(h -> h.getRoomId() == null).toList();
    }

    /** A room's own weekly hours replace the house's; no hours at all means always open. */
    public List<OpeningHours> hoursOf(long roomId) {
        return hoursByRoom.getOrDefault(roomId, houseHours);
    }

    /** Whether [start, end) on one local day fits inside one opening period of the room. */
    public boolean isOpen(long roomId, LocalDateTime start, LocalDateTime end) {
        List<OpeningHours> hours = hoursOf(roomId);
        if (hours.isEmpty()) {
            return true;
        }
        if (!start.toLocalDate().equals(end.toLocalDate()) && !end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return false;
        }
        int day = start.getDayOfWeek().getValue();
        LocalTime endTime = end.toLocalTime();
        for (OpeningHours period : hours) {
            boolean endsInside = endTime.equals(LocalTime.MIDNIGHT) && !end.toLocalDate().equals(start.toLocalDate())
                ? period.getCloses().equals(LocalTime.MAX) : !endTime.isAfter(period.getCloses());
            if (period.getDayOfWeek() == day && !start.toLocalTime().isBefore(period.getOpens()) && endsInside) {
                return true;
            }
        }
        return false;
    }

    public List<OpeningHours> periodsOn(long roomId, LocalDate day) {
        int dayOfWeek = day.getDayOfWeek().getValue();
        return hoursOf(roomId).stream().filter(h -> h.getDayOfWeek() == dayOfWeek).toList();
    }

    public boolean hasHours(long roomId) {
        return !hoursOf(roomId).isEmpty();
    }

    public List<Closure> closuresOf(long roomId, Instant from, Instant to) {
        return closures.stream().filter(c -> c.concerns(roomId) && c.getStartsAt().isBefore(to) && c.getEndsAt().isAfter(from))
            .toList();
    }

    public boolean isClosed(long roomId, Instant from, Instant to) {
        return !closuresOf(roomId, from, to).isEmpty();
    }

    /** The bookings that would collide with [from, blockedUntil) in the room. */
    public List<HeldBooking> collisions(long roomId, Instant from, Instant blockedUntil, Long except) {
        List<HeldBooking> found = new ArrayList<>();
        for (HeldBooking b : bookingsByRoom.getOrDefault(roomId, List.of())) {
            if ((except == null || except != b.id()) && b.isActive()
                && b.startsAt().isBefore(blockedUntil) && b.blockedUntil().isAfter(from)) {
                found.add(b);
            }
        }
        return found;
    }

    public List<HeldBooking> bookingsOf(long roomId) {
        return bookingsByRoom.getOrDefault(roomId, List.of());
    }

    /**
     * The stretches of [from, to) in which the room could take a booking of at least its minimum length: inside its
     * opening hours, after {@code notBefore}, outside closures, and clear of other bookings, including their
     * cleaning buffers and the room's own buffer before the next booking.
     */
    public List<TimeSpan> free(Room room, LocalDateTime from, LocalDateTime to, LocalDateTime notBefore) {
        List<TimeSpan> free = openBetween(room.getId(), from, to);
        free = minus(free, new TimeSpan(LocalDateTime.MIN, notBefore));
        Instant start = instant(from);
        Instant end = instant(to);
        for (Closure closure : closuresOf(room.getId(), start, end)) {
            free = minus(free, new TimeSpan(local(closure.getStartsAt()), local(closure.getEndsAt())));
        }
        // a calendar asks for each day of its window: only the bookings near this one can cut it (an hour's margin
        // for a change of clock; minus() decides exactly)
        Instant before = start.minusSeconds(3600);
        Instant reach = end.plusSeconds(60L * room.getBufferMinutes() + 3600);
        for (HeldBooking booking : bookingsOf(room.getId())) {
            if (free.isEmpty()) {
                break;
            }
            if (booking.isActive() && booking.startsAt().isBefore(reach) && booking.blockedUntil().isAfter(before)) {
                free = minus(free, new TimeSpan(local(booking.startsAt()).minusMinutes(room.getBufferMinutes()),
                    local(booking.blockedUntil())));
            }
        }
        return free.stream().filter(span -> !span.start().plusMinutes(room.getMinMinutes()).isAfter(span.end())).toList();
    }

    /** The closures of the room within [from, to), cut to it. */
    public List<TimeSpan> closed(long roomId, LocalDateTime from, LocalDateTime to) {
        return closuresOf(roomId, instant(from), instant(to)).stream()
            .map(c -> new TimeSpan(max(local(c.getStartsAt()), from), min(local(c.getEndsAt()), to))).toList();
    }

    private List<TimeSpan> openBetween(long roomId, LocalDateTime from, LocalDateTime to) {
        List<OpeningHours> hours = hoursOf(roomId);
        if (hours.isEmpty()) {
            return List.of(new TimeSpan(from, to));
        }
        List<TimeSpan> open = new ArrayList<>();
        LocalDate day = from.toLocalDate();
        for (OpeningHours period : periodsOn(roomId, day)) {
            LocalDateTime closes = period.getCloses().equals(LocalTime.MAX) ? day.plusDays(1).atStartOfDay()
                : day.atTime(period.getCloses());
            LocalDateTime start = max(day.atTime(period.getOpens()), from);
            LocalDateTime end = min(closes, to);
            if (start.isBefore(end)) {
                open.add(new TimeSpan(start, end));
            }
        }
        open.sort(java.util.Comparator.comparing(TimeSpan::start));
        return open;
    }

    private static List<TimeSpan> minus(List<TimeSpan> spans, TimeSpan cut) {
        List<TimeSpan> left = new ArrayList<>(spans.size() + 1);
        for (TimeSpan span : spans) {
            if (!cut.start().isBefore(span.end()) || !cut.end().isAfter(span.start())) {
                left.add(span);
                continue;
            }
            if (span.start().isBefore(cut.start())) {
                left.add(new TimeSpan(span.start(), cut.start()));
            }
            if (cut.end().isBefore(span.end())) {
                left.add(new TimeSpan(cut.end(), span.end()));
            }
        }
        return left;
    }

    /** An instant on the house's clocks (see {@link LocalClock}: an availability serves one page or one check). */
    public LocalDateTime local(Instant instant) {
        return clock.local(instant);
    }

    private Instant instant(LocalDateTime local) {
        return clock.instant(local);
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    /** Open, not closed and free: the room can take [start, end) plus its buffer. */
    public boolean canTake(Room room, LocalDateTime start, LocalDateTime end, Long except) {
        Instant from = instant(start);
        Instant to = instant(end);
        return isOpen(room.getId(), start, end) && !isClosed(room.getId(), from, to)
            && collisions(room.getId(), from, to.plusSeconds(60L * room.getBufferMinutes()), except).isEmpty();
    }
}
