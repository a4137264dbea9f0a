package coop.toitcommun.venue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The venue's part of a person's data (RGPD): what they download about themselves. */
@Service
@Transactional(readOnly = true)
public class PersonalVenueData {

    private final JdbcClient jdbc;

    PersonalVenueData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The person's bookings (in partner houses' rooms too, with the house's name for the organisation), volunteering,
     * and the registrations made with their email address.
     */
    public VenueDataExport export(long personId, String email) {
        var bookings = jdbc.sql("""
                SELECT r.name, o.name, b.title, b.starts_at, b.ends_at, b.status, b.id FROM venue.booking b
                  JOIN venue.room r ON r.id = b.room_id JOIN membership.organisation o ON o.id = b.organisation_id
                 WHERE b.booked_by = :id
                UNION ALL
                SELECT p.room_name, h.name, p.title, p.starts_at, p.ends_at, p.status, p.booking_id
                  FROM venue.partner_booking p JOIN membership.house h ON h.id = p.house_id
                 WHERE p.partner_person_id = :id AND p.partner_house_id = membership.current_house()
                 ORDER BY 4, 7""")
            .param("id", personId)
            .query((rs, n) -> new VenueDataExport.BookingRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                instant(rs, 4), instant(rs, 5), rs.getString(6)))
            .list();
        var shifts = jdbc.sql("""
                SELECT m.name, s.starts_at, s.ends_at, v.signed_up_at, v.withdrawn_at, v.confirmed_minutes
                  FROM venue.volunteer_signup v JOIN venue.volunteer_shift s ON s.id = v.shift_id
                  JOIN venue.volunteer_mission m ON m.id = s.mission_id
                 WHERE v.person_id = :id ORDER BY s.starts_at, v.id""")
            .param("id", personId)
            .query((rs, n) -> new VenueDataExport.ShiftRecord(rs.getString(1), instant(rs, 2), instant(rs, 3),
                instant(rs, 4), instant(rs, 5), rs.getObject(6, Integer.class)))
            .list();
        Instant consent = jdbc.sql("SELECT consented_at FROM venue.volunteer_consent WHERE person_id = :id")
            .param("id", personId).query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
        var registrations = jdbc.sql("""
                SELECT e.title, e.starts_at, r.name, r.places, r.status, r.registered_at FROM venue.event_registration r
                  JOIN venue.public_event e ON e.id = r.event_id
                 WHERE lower(r.email) = lower(:email) AND r.erased_at IS NULL ORDER BY r.registered_at, r.id""")
            .param("email", email)
            .query((rs, n) -> new VenueDataExport.RegistrationRecord(rs.getString(1), instant(rs, 2), rs.getString(3),
                rs.getInt(4), rs.getString(5), instant(rs, 6)))
            .list();
        return new VenueDataExport(bookings, shifts, consent, registrations);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
