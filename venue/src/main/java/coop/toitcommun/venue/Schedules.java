package coop.toitcommun.venue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.stream.Collectors;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.venue.internal.AuditTrail;
import coop.toitcommun.venue.internal.Booking;
import coop.toitcommun.venue.internal.BookingRepository;
import coop.toitcommun.venue.internal.HeldBooking;
import coop.toitcommun.venue.internal.HeldBookings;
import coop.toitcommun.venue.internal.Closure;
import coop.toitcommun.venue.internal.ClosureRepository;
import coop.toitcommun.venue.internal.OpeningHours;
import coop.toitcommun.venue.internal.OpeningHoursRepository;
import coop.toitcommun.venue.internal.Room;
import coop.toitcommun.venue.internal.RoomRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Weekly opening hours (the house's, or a room's own) and closures. */
@Service
@Transactional(readOnly = true)
public class Schedules {

    private final OpeningHoursRepository hours;
    private final ClosureRepository closures;
    private final BookingRepository bookings;
    private final RoomRepository rooms;
    private final Bookings bookingViews;
    private final HouseClock time;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final HeldBookings heldBookings;

    Schedules(OpeningHoursRepository hours, ClosureRepository closures, BookingRepository bookings, RoomRepository rooms,
              Bookings bookingViews, HouseClock time, AuditTrail audit, ApplicationEventPublisher events,
              HeldBookings heldBookings) {
        this.hours = hours;
        this.heldBookings = heldBookings;
        this.closures = closures;
        this.bookings = bookings;
        this.rooms = rooms;
        this.bookingViews = bookingViews;
        this.time = time;
        this.audit = audit;
        this.events = events;
    }

    /** The house's hours ({@code roomId} null) or a room's own; an empty list for a room means the house's. */
    public List<OpeningPeriod> hoursOf(Long roomId) {
        return hours.allOrdered().stream()
            .filter(h -> roomId == null ? h.getRoomId() == null : roomId.equals(h.getRoomId()))
            .map(h -> new OpeningPeriod(DayOfWeek.of(h.getDayOfWeek()), h.getOpens(), h.getCloses()))
            .sorted(Comparator.comparing(OpeningPeriod::day).thenComparing(OpeningPeriod::opens)).toList();
    }

    /** Replaces the house's (roomId null) or a room's weekly hours. Existing bookings are kept. */
    @Transactional
    public void setHours(Actor actor, Long roomId, List<OpeningPeriod> periods) {
        Rooms.requireStaff(actor);
        for (OpeningPeriod period : periods) {
            if (!period.opens().isBefore(period.closes())) {
                throw new BookingRefusedException("venue.refused.hoursOrder");
            }
        }
        hours.deleteOf(roomId);
        hours.flush();
        periods.forEach(p -> hours.save(new OpeningHours(roomId, p.day().getValue(), p.opens(), p.closes())));
    }

    /** Closures not over yet, for the staff who run them. */
    public List<ClosureView> upcomingClosures(Actor actor) {
        Rooms.requireStaff(actor);
        Map<Long, String> names = roomNames();
        return closures.from(time.now()).stream().map(c -> viewOf(c, names)).toList();
    }

    /**
     * Closes the house or a room. The bookings it hits are listed and their owners asked to move them (the
     * {@link ClosureAnnounced} event); nothing is cancelled silently.
     */
    @Transactional
    public ClosureAnnounced close(Actor actor, Long roomId, LocalDateTime from, LocalDateTime to, String reason) {
        Rooms.requireStaff(actor);
        if (reason == null || reason.isBlank()) {
            throw new BookingRefusedException("venue.refused.closureReason");
        }
        Instant start = LocalTimes.instantOf(time, from);
        Instant end = LocalTimes.instantOf(time, to);
        if (!end.isAfter(start)) {
            throw new BookingRefusedException("venue.refused.order");
        }
        if (roomId != null && !rooms.existsById(roomId)) {
            throw new VenueNotFoundException("room " + roomId);
        }
        Closure closure = closures.save(new Closure(roomId, start, end, reason.trim(), actor.personId(), time.now()));
        audit.closure(actor, "ANNOUNCED", closure);
        List<Booking> hit = bookings.findAllById(heldBookings.between(start, end).stream()
            .filter(b -> closure.concerns(b.roomId()) && b.startsAt().isBefore(end)).map(HeldBooking::id).toList());
        ClosureAnnounced announced = new ClosureAnnounced(viewOf(closure, roomNames()),
            bookingViews.views(hit, actor, Set.of()));
        events.publishEvent(announced);
        return announced;
    }

    @Transactional
    public void deleteClosure(Actor actor, long closureId) {
        Rooms.requireStaff(actor);
        closures.findById(closureId).ifPresent(closure -> {
            audit.closure(actor, "LIFTED", closure);
            closures.delete(closure);
        });
    }

    private Map<Long, String> roomNames() {
        return rooms.findAll().stream().collect(Collectors.toMap(Room::getId, Room::getName));
    }

    private ClosureView viewOf(Closure c, Map<Long, String> names) {
        return new ClosureView(c.getId(), c.getRoomId(), c.getRoomId() == null ? null : names.get(c.getRoomId()),
            time.at(c.getStartsAt()), time.at(c.getEndsAt()), c.getReason());
    }

}
