package coop.toitcommun.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A week read again with nothing changed is the very calendar computed before (the web writes its page once for each
 * calendar, told by its reference); anything its page shows that changed in the database makes another one.
 */
@SpringBootTest(classes = VenueTestApplication.class)
@PostgresTest
class WeekCalendarSeenAgainIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @Autowired Calendars calendars;
    @Autowired Bookings bookings;
    @Autowired Schedules schedules;
    @Autowired Rooms rooms;
    @Autowired VenueFixtures fixtures;

    @Test
    void theSameWeekReadAgainIsTheVeryCalendarUntilABookingAClosureOpeningHoursOrTheRoomChange() {
        VenueFixtures.Member member = fixtures.member();
        Actor employee = fixtures.employee();
        RoomView room = fixtures.room(10, 0);

        WeekCalendar first = calendars.week(member.actor(), MONDAY);
        assertThat(calendars.week(member.actor(), MONDAY)).isSameAs(first);

        bookings.book(new BookingRequest(member.actor(), room.id(), member.organisation().id(), TUESDAY.atTime(10, 0),
            TUESDAY.atTime(12, 0), "Atelier réparation", 4, false, ""));
        WeekCalendar booked = calendars.week(member.actor(), MONDAY);
        assertThat(booked).isNotSameAs(first);
        assertThat(line(booked, room, TUESDAY).entries()).extracting(CalendarEntry::title).containsExactly("Atelier réparation");
        assertThat(calendars.week(member.actor(), MONDAY)).isSameAs(booked);

        WeekCalendar seenByAnother = calendars.week(fixtures.member().actor(), MONDAY);
        assertThat(line(seenByAnother, room, TUESDAY).entries()).extracting(CalendarEntry::title).containsOnlyNulls();

        schedules.close(employee, room.id(), MONDAY.plusDays(2).atStartOfDay(), MONDAY.plusDays(3).atStartOfDay(), "Peinture");
        WeekCalendar closed = calendars.week(member.actor(), MONDAY);
        assertThat(closed).isNotSameAs(booked);
        assertThat(line(closed, room, MONDAY.plusDays(2)).closed()).isNotEmpty();
        assertThat(line(closed, room, MONDAY.plusDays(2)).free()).isEmpty();

        schedules.setHours(employee, room.id(), List.of(new OpeningPeriod(DayOfWeek.THURSDAY, LocalTime.of(9, 0),
            LocalTime.of(12, 0))));
        WeekCalendar withHours = calendars.week(member.actor(), MONDAY);
        assertThat(withHours).isNotSameAs(closed);
        assertThat(line(withHours, room, MONDAY.plusDays(3)).free()).extracting(TimeSpan::end)
            .containsExactly(MONDAY.plusDays(3).atTime(12, 0));

        RoomView current = rooms.get(room.id());
        rooms.update(employee, room.id(), current.version(), new RoomCommand("Salle des mineurs", "", 10, "0", true, "",
            true, false, false, 30, 600, 365, 0, 1000, 800, 2000, 500));
        WeekCalendar renamed = calendars.week(member.actor(), MONDAY);
        assertThat(renamed).isNotSameAs(withHours);
        assertThat(renamed.rows()).extracting(row -> row.room().name()).contains("Salle des mineurs");
        assertThat(calendars.week(member.actor(), MONDAY)).isSameAs(renamed);
    }

    @Test
    void theBookingsOfAnArchivedRoomAreNotReadByTheCalendar() {
        VenueFixtures.Member member = fixtures.member();
        Actor employee = fixtures.employee();
        RoomView open = fixtures.room(10, 0);
        RoomView archived = fixtures.room(10, 0);
        BookingView ahead = bookings.book(new BookingRequest(member.actor(), archived.id(), member.organisation().id(),
            TUESDAY.atTime(14, 0), TUESDAY.atTime(16, 0), "Répétition", 4, false, ""));
        rooms.archive(employee, archived.id(), true);

        WeekCalendar week = calendars.week(member.actor(), MONDAY);
        assertThat(week.rows()).extracting(row -> row.room().id()).contains(open.id()).doesNotContain(archived.id());

        bookings.cancel(member.actor(), ahead.id(), "", false);
        assertThat(calendars.week(member.actor(), MONDAY)).isSameAs(week);
    }

    private static DayLine line(WeekCalendar calendar, RoomView room, LocalDate day) {
        return calendar.rows().stream().filter(row -> row.room().id() == room.id()).findFirst().orElseThrow()
            .days().get(day.getDayOfWeek().getValue() - 1);
    }
}
