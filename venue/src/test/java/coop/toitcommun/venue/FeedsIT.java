package coop.toitcommun.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import coop.toitcommun.testsupport.PostgresTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = VenueTestApplication.class)
@PostgresTest
class FeedsIT {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

    @Autowired Bookings bookings;
    @Autowired Feeds feeds;
    @Autowired VenueFixtures fixtures;

    @BeforeAll
    static void strictParsing() {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, false);
    }

    @Test
    void anOrganisationFeedParsesStrictlyWithStableUidsTimeZoneSequenceAndCancellations() throws Exception {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(10, 0);
        BookingRequest request = new BookingRequest(member.actor(), room.id(), member.organisation().id(),
            DAY.atTime(10, 0), DAY.atTime(11, 30), "Permanence juridique", 3, false, "");
        List<BookingView> series = bookings.bookSeries(request, new Recurrence(Frequency.WEEKLY, null, 5));
        BookingView moved = bookings.change(new BookingChange(member.actor(), series.get(1).id(), series.get(1).version(),
            series.get(1).start().toLocalDateTime().plusHours(1), series.get(1).end().toLocalDateTime().plusHours(1),
            "Permanence juridique", 3, false, "", null, false));
        bookings.cancel(member.actor(), series.get(2).id(), null, false);

        String token = feeds.tokenFor(member.actor(), FeedKind.ORGANISATION, member.organisation().id());
        Calendar calendar = parse(feeds.calendar(token, "Réservé").orElseThrow());
        calendar.validate();

        assertThat(calendar.getComponents(VTimeZone.VTIMEZONE)).hasSize(1);
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(5);
        for (VEvent event : events) {
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Paris");
            assertThat(event.getProperty(Property.DTEND).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Paris");
            assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Permanence juridique");
        }
        VEvent changed = byUid(events, "booking-" + moved.id() + "@toitcommun.coop");
        assertThat(changed.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(changed.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260310T110000");
        VEvent cancelled = byUid(events, "booking-" + series.get(2).id() + "@toitcommun.coop");
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        VEvent untouched = byUid(events, "booking-" + series.get(0).id() + "@toitcommun.coop");
        assertThat(untouched.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
        assertThat(untouched.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        // after the change to summer time, still 10:00 local
        VEvent summer = byUid(events, "booking-" + series.get(4).id() + "@toitcommun.coop");
        assertThat(summer.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260331T100000");
    }

    @Test
    void roomFeedsHidePrivateTitlesAndARegeneratedTokenRetiresTheOldOne() throws Exception {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(10, 0);
        bookings.book(new BookingRequest(member.actor(), room.id(), member.organisation().id(), DAY.atTime(14, 0),
            DAY.atTime(15, 0), "Entretien", 2, false, ""));
        String token = feeds.tokenFor(member.actor(), FeedKind.ROOM, room.id());
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);

        Calendar calendar = parse(feeds.calendar(token, "Réservé").orElseThrow());
        calendar.validate();
        VEvent event = calendar.<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Réservé");

        assertThatThrownBy(() -> feeds.regenerate(member.actor(), FeedKind.ROOM, room.id()))
            .isInstanceOf(VenueAccessDeniedException.class);
        String newToken = feeds.regenerate(fixtures.employee(), FeedKind.ROOM, room.id());
        assertThat(feeds.calendar(token, "Réservé")).isEmpty();
        assertThat(feeds.calendar(newToken, "Réservé")).isPresent();
    }

    @Test
    void nobodyGetsTheFeedOfAnotherOrganisationOrPerson() {
        VenueFixtures.Member a = fixtures.member();
        VenueFixtures.Member b = fixtures.member();
        assertThatThrownBy(() -> feeds.tokenFor(a.actor(), FeedKind.ORGANISATION, b.organisation().id()))
            .isInstanceOf(VenueAccessDeniedException.class);
        assertThatThrownBy(() -> feeds.tokenFor(a.actor(), FeedKind.PERSON, b.person().id()))
            .isInstanceOf(VenueAccessDeniedException.class);
    }

    @Test
    void aSingleBookingDownloadsAsAValidIcsFile() throws Exception {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(10, 0);
        LocalDateTime start = DAY.atTime(16, 0);
        BookingView booking = bookings.book(new BookingRequest(member.actor(), room.id(), member.organisation().id(), start,
            start.plusHours(2), "Atelier vélo", 6, true, ""));
        Calendar calendar = parse(feeds.bookingIcs(member.actor(), booking.id()));
        calendar.validate();
        VEvent event = calendar.<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("booking-" + booking.id() + "@toitcommun.coop");
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo(room.name());
        assertThatThrownBy(() -> feeds.bookingIcs(fixtures.member().actor(), booking.id()))
            .isInstanceOf(VenueAccessDeniedException.class);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent byUid(List<VEvent> events, String uid) {
        return events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(uid)).findFirst()
            .orElseThrow();
    }
}
