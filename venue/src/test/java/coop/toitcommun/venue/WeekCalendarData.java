package coop.toitcommun.venue;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Large booking data sets in one statement: per room, {@code perRoom} one-hour bookings every hour from {@code from}. */
@Component
class WeekCalendarData {

    private final JdbcClient jdbc;

    WeekCalendarData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void book(List<RoomView> rooms, VenueFixtures.Member member, LocalDateTime from, int perRoom) {
        jdbc.sql("""
                INSERT INTO venue.booking (room_id, organisation_id, booked_by, title, title_public, attendees, starts_at,
                    ends_at, blocked_until, status, created_at, updated_at)
                SELECT room, :organisation, :person, 'Réservation ' || n, n % 3 <> 0, 5,
                       start, start + interval '50 minutes', start + interval '50 minutes', 'CONFIRMED', now(), now()
                FROM unnest(string_to_array(:rooms, ',')::bigint[]) AS room, generate_series(0, :last) AS n,
                     LATERAL (SELECT CAST(:from AS timestamptz) + n * interval '1 hour' AS start) AS slot""")
            .param("organisation", member.organisation().id()).param("person", member.person().id())
            .param("from", Timestamp.from(from.atZone(ZoneId.of("Europe/Paris")).toInstant()))
            .param("rooms", rooms.stream().map(r -> String.valueOf(r.id())).collect(java.util.stream.Collectors.joining(","))).param("last", perRoom - 1)
            .update();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM venue.booking").query(Long.class).single();
    }
}
