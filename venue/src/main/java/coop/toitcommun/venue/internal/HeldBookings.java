package coop.toitcommun.venue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import coop.toitcommun.venue.BookingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bookings that hold rooms (pending or confirmed) in a window, buffer included, read as plain rows: calendars
 * read hundreds at a time. {@code slot && tstzrange(from, to)} uses the index on the active bookings' slot (or, for
 * one room, the exclusion constraint's index on room and slot), so the cost does not grow with the history.
 */
@Component
public class HeldBookings {

    private static final String COLUMNS = """
        SELECT id, room_id, organisation_id, title, title_public, starts_at, ends_at, blocked_until, status
          FROM venue.booking WHERE status IN ('PENDING', 'CONFIRMED')
           AND slot && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz), '[)')""";

    private final JdbcClient jdbc;

    HeldBookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HeldBooking> between(Instant from, Instant to) {
        return inWindow("", from, to).query(HeldBookings::row).list();
    }

    /**
     * The same, for the rooms open to booking only (not archived): what calendars show and offer. A house that archived
     * rooms with bookings still ahead does not read those at each calendar.
     */
    public List<HeldBooking> inOpenRooms(Instant from, Instant to) {
        return inWindow(" AND room_id IN (SELECT id FROM venue.room WHERE NOT archived)", from, to)
            .query(HeldBookings::row).list();
    }

    public List<HeldBooking> inRoom(long roomId, Instant from, Instant to) {
        return inWindow(" AND room_id = :room", from, to).param("room", roomId).query(HeldBookings::row).list();
    }

    private JdbcClient.StatementSpec inWindow(String condition, Instant from, Instant to) {
        return jdbc.sql(COLUMNS + condition + " ORDER BY starts_at").param("from", Timestamp.from(from))
            .param("to", Timestamp.from(to));
    }

    private static HeldBooking row(ResultSet rs, int n) throws SQLException {
        return new HeldBooking(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
            instant(rs, 6), instant(rs, 7), instant(rs, 8), BookingStatus.valueOf(rs.getString(9)));
    }

    /** A {@code timestamptz} read as it is, without the calendar a {@code Timestamp} goes through. */
    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
