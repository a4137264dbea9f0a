package coop.toitcommun.venue.internal;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes booking rows with plain SQL. A new row that the exclusion constraint refuses is simply not inserted; a
 * change is made inside a savepoint, rolled back when the constraint refuses it (or a deadlock between two
 * bookings is broken). Either way the caller's transaction stays usable: it can still look for alternatives,
 * or a meeting can try another room in the same transaction.
 */
@Component
public class BookingWriter {

    /** exclusion_violation, deadlock_detected, serialization_failure */
    private static final Set<String> CONFLICT_STATES = Set.of("23P01", "40P01", "40001");

    private final JdbcClient jdbc;

    BookingWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewBooking(long roomId, long organisationId, long bookedBy, Long seriesId, String title,
                             boolean titlePublic, int attendees, String notes, Instant startsAt, Instant endsAt,
                             Instant blockedUntil, String status, int priceCents, Instant at) {
    }

    /**
     * The new booking's id, or empty when the room is already taken. {@code ON CONFLICT DO NOTHING} lets the
     * exclusion constraint answer without an error (waiting for a concurrent insert of the same slot to commit or
     * roll back), so a refusal costs no savepoint and leaves the caller's transaction usable.
     */
    public Optional<Long> insert(NewBooking b) {
        return jdbc.sql("""
                INSERT INTO venue.booking (room_id, organisation_id, booked_by, series_id, title, title_public, attendees,
                    notes, starts_at, ends_at, blocked_until, status, price_cents, sequence, created_at, updated_at, version)
                VALUES (:room, :organisation, :person, :series, :title, :public, :attendees, :notes, :starts, :ends,
                    :blocked, :status, :price, 0, :at, :at, 0)
                ON CONFLICT DO NOTHING
                RETURNING id""")
            .param("room", b.roomId()).param("organisation", b.organisationId()).param("person", b.bookedBy())
            .param("series", b.seriesId()).param("title", b.title()).param("public", b.titlePublic())
            .param("attendees", b.attendees()).param("notes", b.notes()).param("starts", ts(b.startsAt()))
            .param("ends", ts(b.endsAt())).param("blocked", ts(b.blockedUntil())).param("status", b.status())
            .param("price", b.priceCents()).param("at", ts(b.at()))
            .query(Long.class).optional();
    }

    public record Change(long id, long version, String title, boolean titlePublic, int attendees, String notes,
                         Instant startsAt, Instant endsAt, Instant blockedUntil, int priceCents, Instant at) {
    }

    /** Empty when the new time collides; otherwise whether the row was still at {@code version}. */
    public Optional<Boolean> change(Change c) {
        return inSavepoint(() -> jdbc.sql("""
                UPDATE venue.booking SET title = :title, title_public = :public, attendees = :attendees, notes = :notes,
                    starts_at = :starts, ends_at = :ends, blocked_until = :blocked, price_cents = :price,
                    sequence = sequence + 1, updated_at = :at, version = version + 1
                WHERE id = :id AND version = :version""")
            .param("title", c.title()).param("public", c.titlePublic()).param("attendees", c.attendees())
            .param("notes", c.notes()).param("starts", ts(c.startsAt())).param("ends", ts(c.endsAt()))
            .param("blocked", ts(c.blockedUntil())).param("price", c.priceCents()).param("at", ts(c.at()))
            .param("id", c.id()).param("version", c.version())
            .update() == 1);
    }

    public record Move(long id, long version, long roomId, Instant startsAt, Instant endsAt, Instant blockedUntil,
                       int priceCents, Instant at) {
    }

    /** Moves a booking to another room or time; empty when the new place collides, else whether it was still at {@code version}. */
    public Optional<Boolean> move(Move m) {
        return inSavepoint(() -> jdbc.sql("""
                UPDATE venue.booking SET room_id = :room, starts_at = :starts, ends_at = :ends, blocked_until = :blocked,
                    price_cents = :price, sequence = sequence + 1, updated_at = :at, version = version + 1
                WHERE id = :id AND version = :version""")
            .param("room", m.roomId()).param("starts", ts(m.startsAt())).param("ends", ts(m.endsAt()))
            .param("blocked", ts(m.blockedUntil())).param("price", m.priceCents()).param("at", ts(m.at()))
            .param("id", m.id()).param("version", m.version())
            .update() == 1);
    }

    public long newSeries(String frequency, Instant at) {
        return jdbc.sql("INSERT INTO venue.booking_series (frequency, created_at) VALUES (:f, :at) RETURNING id")
            .param("f", frequency).param("at", ts(at)).query(Long.class).single();
    }

    private <T> Optional<T> inSavepoint(java.util.function.Supplier<T> statement) {
        jdbc.sql("SAVEPOINT booking_write").update();
        try {
            T result = statement.get();
            jdbc.sql("RELEASE SAVEPOINT booking_write").update();
            return Optional.of(result);
        } catch (DataAccessException e) {
            jdbc.sql("ROLLBACK TO SAVEPOINT booking_write").update();
            if (CONFLICT_STATES.contains(sqlState(e))) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Hibernate 7 and the driver do not always name the constraint; the SQLSTATE in the cause chain is reliable. */
    public static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
