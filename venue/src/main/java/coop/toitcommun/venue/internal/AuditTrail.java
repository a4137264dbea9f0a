package coop.toitcommun.venue.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import coop.toitcommun.membership.AuditLog;
import coop.toitcommun.membership.Decision;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.membership.HouseClock;
import org.springframework.stereotype.Component;

/**
 * How the venue writes its decisions into the house's one audit trail (membership's {@link AuditLog}, in the
 * transaction of the decision): what employees decided about someone else's booking, a meeting's room released
 * with it, and the closures they announced or lifted. Each line names the room and times as they were.
 */
@Component
public class AuditTrail {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AuditLog audit;
    private final RoomRepository rooms;
    private final HouseClock time;

    AuditTrail(AuditLog audit, RoomRepository rooms, HouseClock time) {
        this.audit = audit;
        this.rooms = rooms;
        this.time = time;
    }

    public void booking(Actor actor, String kind, Booking booking, Object before, Object after, String reason) {
        audit.record(Decision.of("venue", "BOOKING_" + kind, actor.personId())
            .about("booking", booking.getId(), roomName(booking.getRoomId()) + " · "
                + slot(booking.getStartsAt(), booking.getEndsAt()) + " · " + booking.getTitle())
            .organisation(booking.getOrganisationId()).change(before, after).detail(reason));
    }

    public void closure(Actor actor, String kind, Closure closure) {
        String where = closure.getRoomId() == null ? "" : roomName(closure.getRoomId()) + " · ";
        audit.record(Decision.of("venue", "CLOSURE_" + kind, actor.personId())
            .about("closure", closure.getId(), where + time.at(closure.getStartsAt()).format(DAY_AND_TIME) + " → "
                + time.at(closure.getEndsAt()).format(DAY_AND_TIME))
            .detail(closure.getReason()));
    }

    /** A booking's times as the trail writes them (day, start and end in the house's zone). */
    public String slot(Instant start, Instant end) {
        return time.at(start).format(DAY_AND_TIME) + "–" + time.at(end).format(TIME);
    }

    private String roomName(long roomId) {
        return rooms.findById(roomId).map(Room::getName).orElse("?");
    }
}
