package coop.toitcommun.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff's decisions on others' bookings and the closures they announce or lift are lines of the house's one
 * audit trail (membership.audit_entry): who, the booking's organisation, the room and times, before and after.
 */
@SpringBootTest(classes = VenueTestApplication.class)
@PostgresTest
class VenueDecisionsIT {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 11);

    @Autowired Bookings bookings;
    @Autowired Schedules schedules;
    @Autowired VenueFixtures fixtures;
    @Autowired JdbcClient jdbc;

    record Line(String kind, long actorId, Long organisationId, String subjectLabel, String before, String after, String detail) {
    }

    @Test
    void approvalsRefusalsChangesAndCancellationsByTheStaffAreRecordedWithTheBookingsOrganisation() {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(30, 0, true);
        Actor employee = fixtures.employee();
        BookingView approved = bookings.book(request(member, room, at(9), at(10), "Atelier"));
        BookingView refused = bookings.book(request(member, room, at(11), at(12), "Concert"));

        bookings.approve(employee, approved.id());
        bookings.refuse(employee, refused.id(), "Salle prise pour l’entretien");
        bookings.change(new BookingChange(employee, approved.id(), bookings.find(employee, approved.id()).version(), at(14), at(16),
            "Atelier", 4, true, "", "Déplacé pour le ménage", false));
        bookings.cancel(employee, approved.id(), "Fuite d’eau", false);

        assertThat(about(approved.id())).extracting(Line::kind, Line::before, Line::after, Line::detail).containsExactly(
            tuple("BOOKING_APPROVED", "PENDING", "CONFIRMED", null),
            tuple("BOOKING_CHANGED", "2026-03-11 09:00–10:00", "2026-03-11 14:00–16:00", "Déplacé pour le ménage"),
            tuple("BOOKING_CANCELLED", "CONFIRMED", "CANCELLED", "Fuite d’eau"));
        assertThat(about(refused.id())).extracting(Line::kind, Line::before, Line::after, Line::detail).containsExactly(
            tuple("BOOKING_REFUSED", "PENDING", "REFUSED", "Salle prise pour l’entretien"));
        assertThat(about(approved.id())).allSatisfy(line -> {
            assertThat(line.actorId()).isEqualTo(employee.personId());
            assertThat(line.organisationId()).isEqualTo(member.organisation().id());
            assertThat(line.subjectLabel()).startsWith(room.name() + " · 2026-03-11 ").endsWith(" · Atelier");
        });
    }

    @Test
    void aMembersOwnChangesAreNotStaffDecisions() {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(10, 0);
        BookingView booking = bookings.book(request(member, room, at(9), at(10), "Réunion"));
        bookings.cancel(member.actor(), booking.id(), null, false);

        assertThat(about(booking.id())).isEmpty();
    }

    @Test
    void closuresAnnouncedAndLiftedAreRecordedWithTheirRoomAndTimes() {
        RoomView room = fixtures.room(10, 0);
        Actor employee = fixtures.employee();
        ClosureAnnounced announced = schedules.close(employee, room.id(), WEDNESDAY.atStartOfDay(), WEDNESDAY.plusDays(1).atStartOfDay(),
            "Peinture");
        schedules.deleteClosure(employee, announced.closure().id());

        List<Line> lines = jdbc.sql("""
                SELECT action, actor_id, organisation_id, subject_label, before_value, after_value, detail
                  FROM membership.audit_entry WHERE module = 'venue' AND subject_kind = 'closure' AND subject_id = :id ORDER BY id""")
            .param("id", announced.closure().id()).query(VenueDecisionsIT::line).list();
        assertThat(lines).extracting(Line::kind, Line::subjectLabel, Line::detail).containsExactly(
            tuple("CLOSURE_ANNOUNCED", room.name() + " · 2026-03-11 00:00 → 2026-03-12 00:00", "Peinture"),
            tuple("CLOSURE_LIFTED", room.name() + " · 2026-03-11 00:00 → 2026-03-12 00:00", "Peinture"));
    }

    private List<Line> about(long bookingId) {
        return jdbc.sql("""
                SELECT action, actor_id, organisation_id, subject_label, before_value, after_value, detail
                  FROM membership.audit_entry WHERE module = 'venue' AND subject_kind = 'booking' AND subject_id = :id ORDER BY id""")
            .param("id", bookingId).query(VenueDecisionsIT::line).list();
    }

    private static Line line(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Line(rs.getString(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7));
    }

    private static LocalDateTime at(int hour) {
        return WEDNESDAY.atTime(hour, 0);
    }

    private static BookingRequest request(VenueFixtures.Member member, RoomView room, LocalDateTime start, LocalDateTime end,
                                          String title) {
        return new BookingRequest(member.actor(), room.id(), member.organisation().id(), start, end, title, 4, true, "");
    }
}
