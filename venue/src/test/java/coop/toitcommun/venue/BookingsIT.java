package coop.toitcommun.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest(classes = VenueTestApplication.class)
@PostgresTest
@RecordApplicationEvents
class BookingsIT {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 2, 10);

    @Autowired Bookings bookings;
    @Autowired Calendars calendars;
    @Autowired Schedules schedules;
    @Autowired Rooms rooms;
    @Autowired VenueFixtures fixtures;
    @Autowired VenueSettings settings;
    @Autowired ApplicationEvents events;

    @Test
    void aBookingIsConfirmedAndAnOverlapNamesTheCollidingBookingAndAlternatives() {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(10, 15);
        RoomView other = fixtures.room(12, 0);

        BookingView first = bookings.book(request(member, room, at(TUESDAY, 10), at(TUESDAY, 12), "Conseil d’administration", true));
        assertThat(first.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(first.priceCents()).isEqualTo(2000);

        assertThatThrownBy(() -> bookings.book(request(member, room, at(TUESDAY, 11), at(TUESDAY, 13), "Atelier", true)))
            .isInstanceOfSatisfying(BookingConflictException.class, e -> {
                Conflict conflict = e.conflict();
                assertThat(conflict.collidingTitle()).isEqualTo("Conseil d’administration");
                assertThat(conflict.collidingStart()).isEqualTo(at(TUESDAY, 10));
                assertThat(conflict.nearestSlots()).isNotEmpty()
                    .allSatisfy(slot -> assertThat(slot.roomId()).isEqualTo(room.id()));
                assertThat(conflict.nearestSlots()).extracting(FreeSlot::start).contains(TUESDAY.atTime(12, 30));
                assertThat(conflict.freeRooms()).extracting(RoomView::id).contains(other.id()).doesNotContain(room.id());
            });
        // the 15-minute cleaning buffer is part of the booking
        assertThatThrownBy(() -> bookings.book(request(member, room, at(TUESDAY, 12), at(TUESDAY, 13), "Juste après", true)))
            .isInstanceOf(BookingConflictException.class);
        assertThat(bookings.book(request(member, room, TUESDAY.atTime(12, 15), at(TUESDAY, 13), "Après le ménage", true)).status())
            .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void anotherOrganisationCannotReadPrivateTitlesNorChangeOrCancel() {
        VenueFixtures.Member a = fixtures.member();
        VenueFixtures.Member b = fixtures.member();
        RoomView room = fixtures.room(10, 0);
        BookingView secret = bookings.book(request(b, room, at(TUESDAY, 14), at(TUESDAY, 16), "Entretien confidentiel", false));

        assertThatThrownBy(() -> bookings.book(request(a, room, at(TUESDAY, 15), at(TUESDAY, 17), "Réunion", true)))
            .isInstanceOfSatisfying(BookingConflictException.class, e -> assertThat(e.conflict().collidingTitle()).isNull());
        assertThatThrownBy(() -> bookings.find(a.actor(), secret.id())).isInstanceOf(VenueAccessDeniedException.class);
        assertThatThrownBy(() -> bookings.cancel(a.actor(), secret.id(), null, false)).isInstanceOf(VenueAccessDeniedException.class);
        assertThatThrownBy(() -> bookings.change(new BookingChange(a.actor(), secret.id(), secret.version(), at(TUESDAY, 8),
            at(TUESDAY, 9), "Pris", 2, true, "", null, false))).isInstanceOf(VenueAccessDeniedException.class);
        assertThatThrownBy(() -> bookings.book(request(a, b.organisation().id(), room, at(TUESDAY, 8), at(TUESDAY, 9))))
            .isInstanceOf(VenueAccessDeniedException.class);

        CalendarEntry seenByA = calendars.week(a.actor(), TUESDAY.with(DayOfWeek.MONDAY)).rows().stream()
            .filter(row -> row.room().id() == room.id()).flatMap(row -> row.days().stream())
            .flatMap(day -> day.entries().stream()).findFirst().orElseThrow();
        assertThat(seenByA.title()).isNull();
        assertThat(seenByA.organisationName()).isNull();
        assertThat(bookings.find(b.actor(), secret.id()).title()).isEqualTo("Entretien confidentiel");
        assertThat(bookings.find(b.actor(), secret.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void suspendedAndExcludedOrganisationsAreRefusedWithTheReasonAndReSignatureDueStillBooks() {
        RoomView room = fixtures.room(10, 0);
        VenueFixtures.Member suspended = fixtures.member(OrganisationStatus.SUSPENDED, Circle.SECOND);
        VenueFixtures.Member excluded = fixtures.member(OrganisationStatus.EXCLUDED, Circle.SECOND);
        VenueFixtures.Member resign = fixtures.member(OrganisationStatus.RESIGNATURE_DUE, Circle.SECOND);

        assertThatThrownBy(() -> bookings.book(request(suspended, room, at(TUESDAY, 9), at(TUESDAY, 10), "AG", true)))
            .isInstanceOfSatisfying(BookingRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo("venue.refused.status.SUSPENDED"));
        assertThatThrownBy(() -> bookings.book(request(excluded, room, at(TUESDAY, 9), at(TUESDAY, 10), "AG", true)))
            .isInstanceOfSatisfying(BookingRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo("venue.refused.status.EXCLUDED"));
        assertThat(bookings.book(request(resign, room, at(TUESDAY, 9), at(TUESDAY, 10), "AG", true)).status())
            .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void anExceededMonthlyQuotaIsRefusedShowingUsedOverAllowed() {
        VenueFixtures.Member member = fixtures.member(OrganisationStatus.MEMBER, Circle.SECOND); // 40 hours a month
        RoomView room = fixtures.room(10, 0);
        for (int day = 0; day < 4; day++) {
            LocalDate date = LocalDate.of(2026, 3, 2 + day);
            bookings.book(request(member, room, at(date, 8), at(date, 18), "Formation " + day, true));
        }
        assertThatThrownBy(() -> bookings.book(request(member, room, at(LocalDate.of(2026, 3, 9), 8),
                LocalDate.of(2026, 3, 9).atTime(8, 30), "Encore", true)))
            .isInstanceOfSatisfying(BookingRefusedException.class, e -> {
                assertThat(e.reason()).isEqualTo("venue.refused.quota");
                assertThat(e.arguments()).startsWith("40", 40);
            });
        // another month is another quota
        assertThat(bookings.book(request(member, room, at(LocalDate.of(2026, 4, 7), 8), at(LocalDate.of(2026, 4, 7), 9),
            "En avril", true)).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aStartInsideTheSkippedHourIsRefusedClearly() {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(10, 0);
        LocalDate springForward = LocalDate.of(2026, 3, 29);

        assertThatThrownBy(() -> bookings.book(request(member, room, springForward.atTime(2, 30), springForward.atTime(4, 0),
                "Nuit", true)))
            .isInstanceOfSatisfying(BookingRefusedException.class, e -> {
                assertThat(e.reason()).isEqualTo("venue.refused.skippedHour");
                assertThat(e.arguments()).containsExactly(springForward, LocalTime.of(2, 30));
            });
    }

    @Test
    void aWeeklySeriesAcrossBothDaylightSavingChangesStaysAtTenLocalTime() {
        VenueFixtures.Member member = fixtures.member(OrganisationStatus.MEMBER, Circle.FOUNDING);
        RoomView room = fixtures.room(10, 0);
        LocalDate first = LocalDate.of(2026, 3, 17);
        Recurrence weekly = new Recurrence(Frequency.WEEKLY, LocalDate.of(2026, 11, 3), null);
        BookingRequest request = request(member, room, at(first, 10), at(first, 11), "Permanence", true);

        SeriesPreview preview = bookings.previewSeries(request, weekly);
        assertThat(preview.occurrences()).hasSize(34).allSatisfy(o -> {
            assertThat(o.start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(o.free()).isTrue();
        });

        List<BookingView> booked = bookings.bookSeries(request, weekly);
        assertThat(booked).hasSize(34).allSatisfy(b -> {
            assertThat(b.start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(b.end().toLocalTime()).isEqualTo(LocalTime.of(11, 0));
        });
        Map<LocalDate, BookingView> byDate = booked.stream()
            .collect(java.util.stream.Collectors.toMap(b -> b.start().toLocalDate(), b -> b));
        assertThat(byDate.get(LocalDate.of(2026, 3, 24)).start().toInstant()).hasToString("2026-03-24T09:00:00Z");
        assertThat(byDate.get(LocalDate.of(2026, 3, 31)).start().toInstant()).hasToString("2026-03-31T08:00:00Z");
        assertThat(byDate.get(LocalDate.of(2026, 10, 20)).start().toInstant()).hasToString("2026-10-20T08:00:00Z");
        assertThat(byDate.get(LocalDate.of(2026, 10, 27)).start().toInstant()).hasToString("2026-10-27T09:00:00Z");
    }

    @Test
    void aPreviewListsOccurrencesInConflictAndOnlyTheFreeOnesAreBooked() {
        VenueFixtures.Member member = fixtures.member();
        VenueFixtures.Member other = fixtures.member();
        RoomView room = fixtures.room(10, 0);
        LocalDate second = LocalDate.of(2026, 2, 24);
        bookings.book(request(other, room, at(second, 10), at(second, 12), "Déjà là", true));
        BookingRequest request = request(member, room, at(TUESDAY, 10), at(TUESDAY, 11), "Bureau", true);
        Recurrence fortnightly = new Recurrence(Frequency.EVERY_TWO_WEEKS, null, 4);

        SeriesPreview preview = bookings.previewSeries(request, fortnightly);
        assertThat(preview.occurrences()).extracting(o -> o.start().toLocalDate())
            .containsExactly(TUESDAY, second, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 24));
        assertThat(preview.occurrences()).extracting(SeriesPreview.Occurrence::problem)
            .containsExactly(null, "venue.problem.conflict", null, null);

        List<BookingView> booked = bookings.bookSeries(request, fortnightly);
        assertThat(booked).hasSize(3);

        // cancel this and the following ones: the first stays
        bookings.cancel(member.actor(), booked.get(1).id(), null, true);
        assertThat(bookings.find(member.actor(), booked.get(0).id()).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(bookings.find(member.actor(), booked.get(1).id()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(bookings.find(member.actor(), booked.get(2).id()).status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void monthlyOnTheSecondTuesday() {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(10, 0);
        SeriesPreview preview = bookings.previewSeries(request(member, room, at(TUESDAY, 18), at(TUESDAY, 20), "CA", true),
            new Recurrence(Frequency.MONTHLY_NTH_WEEKDAY, null, 3));
        assertThat(preview.occurrences()).extracting(o -> o.start().toLocalDate())
            .containsExactly(TUESDAY, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 14));
    }

    @Test
    void aRoomNeedingApprovalGivesAPendingBookingThatAnEmployeeRefusesWithAReason() {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(30, 0, true);
        Actor employee = fixtures.employee();
        BookingView pending = bookings.book(request(member, room, at(TUESDAY, 18), at(TUESDAY, 20), "Concert", true));
        assertThat(pending.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(bookings.awaitingApproval(employee)).extracting(BookingView::id).contains(pending.id());
        assertThatThrownBy(() -> bookings.awaitingApproval(member.actor())).isInstanceOf(VenueAccessDeniedException.class);

        bookings.refuse(employee, pending.id(), "Salle réservée pour l’entretien");
        assertThat(bookings.find(member.actor(), pending.id()).status()).isEqualTo(BookingStatus.REFUSED);
        assertThat(events.stream(BookingDecided.class)).anySatisfy(e -> {
            assertThat(e.bookingId()).isEqualTo(pending.id());
            assertThat(e.decision()).isEqualTo(BookingDecided.Decision.REFUSED);
            assertThat(e.reason()).isEqualTo("Salle réservée pour l’entretien");
        });
        // a refused booking frees the room
        assertThat(bookings.book(request(member, room, at(TUESDAY, 18), at(TUESDAY, 19), "Répétition", true)).status())
            .isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void aClosureListsTheBookingsItHitsAndDeletesNothing() {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(10, 0);
        BookingView hit = bookings.book(request(member, room, at(LocalDate.of(2026, 2, 12), 9), at(LocalDate.of(2026, 2, 12), 10),
            "Permanence", true));
        ClosureAnnounced announced = schedules.close(fixtures.employee(), room.id(), LocalDate.of(2026, 2, 12).atStartOfDay(),
            LocalDate.of(2026, 2, 13).atStartOfDay(), "Peinture");

        assertThat(announced.hitBookings()).extracting(BookingView::id).containsExactly(hit.id());
        assertThat(events.stream(ClosureAnnounced.class)).hasSize(1);
        assertThat(bookings.find(member.actor(), hit.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThatThrownBy(() -> bookings.book(request(member, room, at(LocalDate.of(2026, 2, 12), 14),
                at(LocalDate.of(2026, 2, 12), 15), "Pendant la fermeture", true)))
            .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.reason()).isEqualTo("venue.refused.closure"));
    }

    @Test
    void onlyTheStaffSeeArchivedRoomsAndOpenTheRoomForms() {
        RoomView archived = fixtures.room(10, 0);
        Actor employee = fixtures.employee();
        Actor member = fixtures.member().actor();
        rooms.archive(employee, archived.id(), true);

        assertThat(rooms.visibleTo(employee)).extracting(RoomView::id).contains(archived.id());
        assertThat(rooms.visibleTo(member)).extracting(RoomView::id).doesNotContain(archived.id());
        assertThat(rooms.forEditing(employee, archived.id()).id()).isEqualTo(archived.id());
        assertThatThrownBy(() -> rooms.forEditing(member, archived.id())).isInstanceOf(VenueAccessDeniedException.class);
        assertThatThrownBy(() -> rooms.checkMayCreate(member)).isInstanceOf(VenueAccessDeniedException.class);
    }

    @Test
    void onlyTheStaffReadTheClosuresToCome() {
        RoomView room = fixtures.room(10, 0);
        LocalDate day = LocalDate.now().plusYears(3);
        schedules.close(fixtures.employee(), room.id(), day.atStartOfDay(), day.plusDays(1).atStartOfDay(), "Travaux à venir");

        assertThat(schedules.upcomingClosures(fixtures.employee())).extracting(ClosureView::reason).contains("Travaux à venir");
        assertThatThrownBy(() -> schedules.upcomingClosures(fixtures.member().actor())).isInstanceOf(VenueAccessDeniedException.class);
    }

    @Test
    void aMemberChangesTheirBookingAndAnEmployeeCancelsWithAReason() {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(10, 0);
        Actor employee = fixtures.employee();
        BookingView booking = bookings.book(request(member, room, at(TUESDAY, 9), at(TUESDAY, 10), "Réunion", true));

        BookingView changed = bookings.change(new BookingChange(member.actor(), booking.id(), booking.version(),
            at(TUESDAY, 11), at(TUESDAY, 12), "Réunion déplacée", 4, false, "", null, false));
        assertThat(changed.start().toLocalTime()).isEqualTo(LocalTime.of(11, 0));
        assertThat(changed.sequence()).isEqualTo(1);
        assertThat(changed.titlePublic()).isFalse();

        assertThatThrownBy(() -> bookings.cancel(employee, booking.id(), " ", false))
            .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.reason()).isEqualTo("venue.refused.reasonRequired"));
        bookings.cancel(employee, booking.id(), "Fuite d’eau", false);
        BookingView cancelled = bookings.find(member.actor(), booking.id());
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.statusReason()).isEqualTo("Fuite d’eau");
        assertThat(bookings.pastOf(member.actor())).isEmpty();
        assertThat(bookings.upcomingOf(member.actor())).extracting(BookingView::id).contains(booking.id());
    }

    @Test
    void aMeetingsBookingIsNeitherCancelledNorMovedAloneEvenByStaff() {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(10, 0);
        BookingView booking = bookings.bookForMeeting(request(member, room, at(TUESDAY, 18), at(TUESDAY, 20), "Conseil", true));

        for (Actor actor : List.of(member.actor(), fixtures.employee())) {
            assertThatThrownBy(() -> bookings.cancel(actor, booking.id(), "Plus besoin", false))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.reason()).isEqualTo("venue.refused.heldForMeeting"));
            assertThatThrownBy(() -> bookings.change(new BookingChange(actor, booking.id(), 1, at(TUESDAY, 19), at(TUESDAY, 21),
                "Conseil", 4, true, "", "Déplacé", false)))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.reason()).isEqualTo("venue.refused.heldForMeeting"));
        }
        BookingView kept = bookings.find(member.actor(), booking.id());
        assertThat(kept.status().isActive()).isTrue();
        assertThat(kept.heldForMeeting()).isTrue();
        assertThat(kept.mayChange()).as("the booking page offers neither change nor cancellation").isFalse();
    }

    @Test
    void aMeetingsBookingMovesWithItKeepingItsIdOrNamesTheRoomsFreeWhenTaken() {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(10, 0);
        RoomView other = fixtures.room(10, 0);
        BookingView booking = bookings.bookForMeeting(request(member, room, at(TUESDAY, 18), at(TUESDAY, 20), "Conseil", true));
        Actor boardMember = fixtures.member().actor();

        BookingView moved = bookings.moveForMeeting(boardMember, booking.id(), null, at(TUESDAY, 19), at(TUESDAY, 21));
        assertThat(moved.id()).isEqualTo(booking.id());
        assertThat(moved.start().toLocalDateTime()).isEqualTo(at(TUESDAY, 19));
        assertThat(moved.roomId()).isEqualTo(room.id());
        assertThat(moved.heldForMeeting()).isTrue();

        bookings.book(request(member, room, at(TUESDAY.plusDays(1), 9), at(TUESDAY.plusDays(1), 12), "Atelier", true));
        assertThatThrownBy(() -> bookings.moveForMeeting(boardMember, booking.id(), null, at(TUESDAY.plusDays(1), 10),
                at(TUESDAY.plusDays(1), 11)))
            .isInstanceOfSatisfying(BookingConflictException.class, e -> {
                assertThat(e.conflict().collidingTitle()).isEqualTo("Atelier");
                assertThat(e.conflict().freeRooms()).extracting(RoomView::id).contains(other.id()).doesNotContain(room.id());
            });
        assertThat(bookings.find(member.actor(), booking.id()).start().toLocalDateTime()).as("nothing moved").isEqualTo(at(TUESDAY, 19));

        BookingView elsewhere = bookings.moveForMeeting(boardMember, booking.id(), other.id(), at(TUESDAY.plusDays(1), 10),
            at(TUESDAY.plusDays(1), 11));
        assertThat(elsewhere.roomId()).isEqualTo(other.id());
        assertThat(elsewhere.start().toLocalDateTime()).isEqualTo(at(TUESDAY.plusDays(1), 10));

        BookingView ordinary = bookings.book(request(member, room, at(TUESDAY.plusDays(2), 9), at(TUESDAY.plusDays(2), 10), "Permanence", true));
        assertThatThrownBy(() -> bookings.moveForMeeting(boardMember, ordinary.id(), null, at(TUESDAY.plusDays(2), 11),
                at(TUESDAY.plusDays(2), 12)))
            .as("only a meeting's booking moves with its meeting").isInstanceOf(VenueAccessDeniedException.class);
    }

    @Test
    void theHousesQuotasAndCancellationDeadlineAreTheStaffsAndNeverBelowZero() {
        Map<Circle, Integer> quotas = settings.quotas();
        int deadline = settings.cancellationDeadlineHours();
        Map<Circle, Integer> negative = new java.util.EnumMap<>(quotas);
        negative.put(Circle.HOSTED, -1);

        assertThatThrownBy(() -> settings.update(fixtures.member().actor(), quotas, deadline + 1))
            .isInstanceOf(VenueAccessDeniedException.class);
        Actor staff = fixtures.employee();
        assertThatThrownBy(() -> settings.update(staff, negative, deadline)).isInstanceOfSatisfying(BookingRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo("venue.settings.quotaError"));
        assertThatThrownBy(() -> settings.update(staff, quotas, -1)).isInstanceOfSatisfying(BookingRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo("venue.settings.deadlineError"));
        assertThat(settings.quotas()).isEqualTo(quotas);
        assertThat(settings.cancellationDeadlineHours()).isEqualTo(deadline);

        settings.update(staff, quotas, 0);
        assertThat(settings.cancellationDeadlineHours()).isZero();
        settings.update(staff, quotas, deadline);
    }

    private static LocalDateTime at(LocalDate date, int hour) {
        return date.atTime(hour, 0);
    }

    private static BookingRequest request(VenueFixtures.Member member, RoomView room, LocalDateTime start, LocalDateTime end,
                                          String title, boolean titlePublic) {
        return new BookingRequest(member.actor(), room.id(), member.organisation().id(), start, end, title, 4, titlePublic, "");
    }

    private static BookingRequest request(VenueFixtures.Member member, long organisationId, RoomView room,
                                          LocalDateTime start, LocalDateTime end) {
        return new BookingRequest(member.actor(), room.id(), organisationId, start, end, "Pour les autres", 4, true, "");
    }

}
