package coop.toitcommun.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import coop.toitcommun.membership.CurrentHouse;
import coop.toitcommun.testsupport.DatabaseLocks;
import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The rules of the public programme on PostgreSQL: the room booked with the event, capacity and the waiting list,
 * promotion when someone cancels, the last place taken by two people at once, erasure after the retention period,
 * per-address limits, and organisation A never reading organisation B's lists.
 */
@SpringBootTest(classes = VenueTestApplication.class, properties = "spring.datasource.hikari.maximum-pool-size=30")
@PostgresTest
@RecordApplicationEvents
class PublicProgrammeIT {

    private static final LocalDateTime EVENING = LocalDateTime.of(2026, 3, 10, 18, 0);

    @Autowired PublicEvents events;
    @Autowired Registrations registrations;
    @Autowired Bookings bookings;
    @Autowired VenueFixtures fixtures;
    @Autowired ProgrammeSettings settings;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents published;
    @Autowired NetworkProgramme network;

    @Test
    void anEventInTheHouseBooksItsRoomAndATakenRoomIsTheUsualConflictWithNothingSaved() {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(30, 0);
        LocalDateTime start = LocalDateTime.of(2026, 2, 24, 10, 0);
        PublicEventView event = events.publish(command(member, start, room.id(), null, 20));

        assertThat(event.roomName()).isEqualTo(room.name());
        assertThat(bookings.upcomingOf(member.actor())).extracting(BookingView::title).containsExactly("Conférence");
        long before = count("venue.public_event");
        assertThatThrownBy(() -> events.publish(command(fixtures.member(), start.plusHours(1), room.id(), null, 10)))
            .isInstanceOfSatisfying(BookingConflictException.class,
                e -> assertThat(e.conflict().collidingTitle()).isEqualTo("Conférence"));
        assertThat(count("venue.public_event")).isEqualTo(before);

        events.cancel(member.actor(), event.id(), "");
        assertThat(bookings.upcomingOf(member.actor())).extracting(BookingView::status).containsExactly(BookingStatus.CANCELLED);
        assertThat(events.publish(command(fixtures.member(), start.plusHours(1), room.id(), null, 10)).roomId()).isEqualTo(room.id());
    }

    /** What the network of houses shows of the programme: a copy the database keeps as the event and its room change. */
    @Test
    void eachComingEventIsCopiedForTheNetworkAsItAndItsRoomChange() {
        VenueFixtures.Member member = fixtures.member();
        RoomView room = fixtures.room(30, 0);
        LocalDateTime start = LocalDateTime.of(2026, 3, 17, 10, 0);
        PublicEventView inTheHouse = events.publish(command(member, start, room.id(), null, 20));
        PublicEventView outside = events.publish(command(member, start.plusDays(1), null, "Parc, Liévin", 20));

        assertThat(copies(inTheHouse)).singleElement().satisfies(copy -> {
            assertThat(copy.title()).isEqualTo("Conférence");
            assertThat(copy.place()).isEqualTo(room.name());
            assertThat(copy.start()).isEqualTo(inTheHouse.start());
            assertThat(copy.houseId()).isEqualTo(FirstHouse.ID);
        });
        assertThat(copies(outside)).singleElement().extracting(NetworkEvent::place).isEqualTo("Parc, Liévin");

        String renamed = "Salle " + UUID.randomUUID();
        jdbc.sql("UPDATE venue.room SET name = :name WHERE id = :id").param("name", renamed).param("id", room.id()).update();
        assertThat(copies(inTheHouse)).singleElement().extracting(NetworkEvent::place).isEqualTo(renamed);

        events.cancel(member.actor(), inTheHouse.id(), "");
        assertThat(copies(inTheHouse)).isEmpty();
        assertThat(network.coming(List.of(), 10)).isEmpty();
    }

    private List<NetworkEvent> copies(PublicEventView event) {
        return network.coming(List.of(FirstHouse.ID), 10_000).stream().filter(copy -> copy.eventId() == event.id()).toList();
    }

    @Test
    void beyondTheCapacityRegistrationsWaitAndACancellationPromotesTheFirstWholeRequest() {
        VenueFixtures.Member member = fixtures.member();
        PublicEventView event = events.publish(command(member, EVENING, null, "Salle des fêtes, Lens", 4));

        register(event, "Anne", 3);
        register(event, "Bruno", 2);   // 3 + 2 > 4: waits
        register(event, "Chloé", 1);   // one place is free, but Bruno came first: waits too
        assertThat(statuses(event)).containsExactly("Anne CONFIRMED", "Bruno WAITING", "Chloé WAITING");
        assertThat(events.find(event.id()).orElseThrow().full()).isTrue();

        String anne = tokenOf(event, "Anne");
        assertThat(registrations.cancel(anne)).contains(event.id());
        assertThat(statuses(event)).containsExactly("Anne CANCELLED", "Bruno CONFIRMED", "Chloé CONFIRMED");
        assertThat(published.stream(RegistrationPromoted.class).map(RegistrationPromoted::name)).containsExactly("Bruno", "Chloé");
        assertThat(events.find(event.id()).orElseThrow().confirmedPlaces()).isEqualTo(3);
        // a second use of the link changes nothing
        assertThat(registrations.cancel(anne)).contains(event.id());
        assertThat(events.find(event.id()).orElseThrow().confirmedPlaces()).isEqualTo(3);
    }

    @Test
    void aSecondRegistrationOfTheSameAddressChangesNothingAndIsOnlyToldByEmail() {
        PublicEventView event = events.publish(command(fixtures.member(), EVENING, null, "Parc, Liévin", 10));
        registrations.register(event.id(), new NewRegistration("Dora", "dora@example.org", 2, "fr"), address());
        registrations.register(event.id(), new NewRegistration("Dora bis", "DORA@example.org", 5, "fr"), address());

        assertThat(statuses(event)).containsExactly("Dora CONFIRMED");
        assertThat(published.stream(RegistrationReceived.class).map(RegistrationReceived::alreadyRegistered)).containsExactly(false, true);
    }

    @Test
    void raisingTheCapacityLetsTheWaitingListMoveUpAndItCannotGoBelowTheConfirmedPlaces() {
        VenueFixtures.Member member = fixtures.member();
        PublicEventView event = events.publish(command(member, EVENING, null, "Place du marché, Lens", 2));
        register(event, "Eve", 2);
        register(event, "Fred", 1);

        PublicEventView current = events.find(event.id()).orElseThrow();
        assertThatThrownBy(() -> events.change(event.id(), change(member, current, 1)))
            .isInstanceOfSatisfying(BookingRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo("events.refused.capacityBelowConfirmed"));
        events.change(event.id(), change(member, current, 3));
        assertThat(statuses(event)).containsExactly("Eve CONFIRMED", "Fred CONFIRMED");
    }

    /**
     * Two visitors ask for the last place while a third session holds the event's row: both wait on the lock, as
     * pg_locks shows, then go one after the other. Exactly one gets the place; the other waits.
     */
    @Test
    void twoPeopleTakingTheLastPlaceAtOnceOneGetsItAndTheOtherWaits() throws Exception {
        PublicEventView event = events.publish(command(fixtures.member(), EVENING, null, "Maison du peuple, Liévin", 3));
        register(event, "Gilles", 2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection holder = dataSource.getConnection(); Connection observer = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM venue.public_event WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, event.id());
                lock.executeQuery().close();
            }
            Future<?> first = pool.submit(CurrentHouse.carried(() -> register(event, "Hélène", 1)));
            Future<?> second = pool.submit(CurrentHouse.carried(() -> register(event, "Ines", 1)));
            DatabaseLocks.awaitWaitingSessions(observer, 2);
            holder.commit();
            first.get(90, TimeUnit.SECONDS);
            second.get(90, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }

        List<String> lastTwo = statuses(event).subList(1, 3);
        assertThat(lastTwo).filteredOn(s -> s.endsWith("CONFIRMED")).hasSize(1);
        assertThat(lastTwo).filteredOn(s -> s.endsWith("WAITING")).hasSize(1);
        assertThat(events.find(event.id()).orElseThrow().confirmedPlaces()).isEqualTo(3);
    }

    @Test
    void ofTwentySimultaneousRegistrationsTheConfirmedPlacesNeverExceedTheCapacity() throws Exception {
        PublicEventView event = events.publish(command(fixtures.member(), EVENING, null, "Médiathèque, Lens", 5));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String name = "Visiteur " + i;
            all.add(pool.submit(CurrentHouse.carried(() -> register(event, name, 1))));
        }
        for (Future<?> one : all) {
            one.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(statuses(event)).filteredOn(s -> s.endsWith("CONFIRMED")).hasSize(5);
        assertThat(statuses(event)).filteredOn(s -> s.endsWith("WAITING")).hasSize(15);
        assertThat(events.find(event.id()).orElseThrow().confirmedPlaces()).isEqualTo(5);
    }

    @Test
    void theDatabaseRefusesMoreConfirmedPlacesThanTheCapacity() {
        PublicEventView event = events.publish(command(fixtures.member(), EVENING, null, "Salle Brassens, Lens", 2));
        assertThatThrownBy(() -> jdbc.sql("UPDATE venue.public_event SET confirmed_places = 3 WHERE id = :id")
            .param("id", event.id()).update())
            .hasMessageContaining("public_event_check");
    }

    @Test
    void namesAndEmailsAreErasedOnceTheRetentionPeriodIsOverEvenWithTwoInstancesAtOnce() throws Exception {
        PublicEventView event = events.publish(command(fixtures.member(), EVENING, null, "Stade, Lens", 10));
        register(event, "Jade", 1);
        register(event, "Karim", 2);
        java.time.Instant over = event.end().toInstant();

        assertThat(registrations.eraseExpired(over.plus(settings.retention()).minusSeconds(60))).isZero();
        assertThat(statuses(event)).containsExactly("Jade CONFIRMED", "Karim CONFIRMED");

        java.time.Instant later = over.plus(settings.retention()).plus(Duration.ofHours(1));
        long due = jdbc.sql("""
                SELECT count(*) FROM venue.event_registration r JOIN venue.public_event e ON e.id = r.event_id
                 WHERE r.erased_at IS NULL AND e.ends_at < :before""")
            .param("before", java.sql.Timestamp.from(later.minus(settings.retention()))).query(Long.class).single();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int erased;
        try (Connection holder = dataSource.getConnection(); Connection observer = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "SELECT id FROM venue.event_registration WHERE event_id = ? FOR UPDATE")) {
                lock.setLong(1, event.id());
                lock.executeQuery().close();
            }
            Future<Integer> first = pool.submit(FirstHouse.carried(() -> registrations.eraseExpired(later)));
            Future<Integer> second = pool.submit(FirstHouse.carried(() -> registrations.eraseExpired(later)));
            DatabaseLocks.awaitWaitingSessions(observer, 2);
            holder.commit();
            erased = first.get(90, TimeUnit.SECONDS) + second.get(90, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }

        assertThat(erased).isEqualTo(due).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM venue.event_registration WHERE event_id = :id AND erased_at IS NOT NULL")
            .param("id", event.id()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM venue.event_registration WHERE event_id = :id AND (name IS NOT NULL OR email IS NOT NULL)")
            .param("id", event.id()).query(Long.class).single()).isZero();
        assertThat(registrations.of(fixtures.employee(), event.id())).extracting(RegistrationView::places).containsExactly(1, 2);
    }

    @Test
    void oneAddressCannotSendMoreRegistrationsThanTheHouseAllows() {
        PublicEventView event = events.publish(command(fixtures.member(), EVENING, null, "Gymnase, Lens", null));
        String address = address();
        for (int i = 0; i < settings.registrationsPerAddress(); i++) {
            registrations.register(event.id(), new NewRegistration("Lou " + i, "lou" + i + "-" + UUID.randomUUID() + "@example.org", 1, "fr"), address);
        }
        assertThatThrownBy(() -> registrations.register(event.id(), new NewRegistration("Lou", "lou-last@example.org", 1, "fr"), address))
            .isInstanceOfSatisfying(RegistrationLimitException.class, e -> assertThat(e.waitFor()).isPositive());
    }

    @Test
    void anEventInTheHouseNeedsItsRoomAndOneOutsideItsAddressAndNothingIsSavedWithout() {
        VenueFixtures.Member member = fixtures.member();
        long before = count("venue.public_event");

        assertThatThrownBy(() -> events.publish(place(member, true, null, "12 rue des Mineurs, Lens")))
            .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.reason()).isEqualTo("events.refused.roomMissing"));
        assertThatThrownBy(() -> events.publish(place(member, false, null, "  ")))
            .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.reason()).isEqualTo("events.refused.addressMissing"));
        RoomView room = fixtures.room(30, 0);
        assertThatThrownBy(() -> events.publish(place(member, false, room.id(), null)))
            .as("a room chosen for an event outside books nothing").isInstanceOfSatisfying(BookingRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo("events.refused.addressMissing"));
        assertThat(count("venue.public_event")).isEqualTo(before);

        PublicEventView outside = events.publish(place(member, false, room.id(), " 12 rue des Mineurs, Lens "));
        assertThat(outside.roomId()).isNull();
        assertThat(outside.address()).isEqualTo("12 rue des Mineurs, Lens");
        assertThatThrownBy(() -> events.change(outside.id(), new PublicEventCommand(member.actor(), outside.organisationId(),
                outside.title(), outside.description(), outside.start().toLocalDateTime(), outside.end().toLocalDateTime(), true,
                null, outside.address(), null, true, outside.version())))
            .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.reason()).isEqualTo("events.refused.roomMissing"));
    }

    @Test
    void organisationANeverSeesNorChangesTheListsOfOrganisationB() {
        VenueFixtures.Member a = fixtures.member();
        VenueFixtures.Member b = fixtures.member();
        PublicEventView ofB = events.publish(command(b, EVENING, null, "Salle B", 5));
        register(ofB, "Marc", 1);

        assertThat(registrations.of(b.actor(), ofB.id())).extracting(RegistrationView::name).containsExactly("Marc");
        assertThat(registrations.of(fixtures.employee(), ofB.id())).hasSize(1);
        assertThatThrownBy(() -> registrations.of(a.actor(), ofB.id())).isInstanceOf(VenueAccessDeniedException.class);
        assertThatThrownBy(() -> events.forOrganiser(a.actor(), ofB.id())).isInstanceOf(VenueAccessDeniedException.class);
        assertThatThrownBy(() -> events.cancel(a.actor(), ofB.id(), "")).isInstanceOf(VenueAccessDeniedException.class);
        assertThatThrownBy(() -> events.change(ofB.id(), change(a, ofB, 9))).isInstanceOf(VenueAccessDeniedException.class);
        assertThatThrownBy(() -> events.publish(command(a, EVENING, null, "Ailleurs", 5, b.organisation().id())))
            .isInstanceOf(VenueAccessDeniedException.class);
        assertThat(events.ofOrganiser(a.actor())).extracting(PublicEventView::id).doesNotContain(ofB.id());
    }

    private PublicEventCommand command(VenueFixtures.Member member, LocalDateTime start, Long roomId, String address,
                                       Integer capacity) {
        return command(member, start, roomId, address, capacity, member.organisation().id());
    }

    private PublicEventCommand command(VenueFixtures.Member member, LocalDateTime start, Long roomId, String address,
                                       Integer capacity, long organisationId) {
        return new PublicEventCommand(member.actor(), organisationId, "Conférence", "Ouverte à toutes et tous", start,
            start.plusHours(2), roomId, address, capacity, true, 0);
    }

    private static PublicEventCommand place(VenueFixtures.Member member, boolean inTheHouse, Long roomId, String address) {
        return new PublicEventCommand(member.actor(), member.organisation().id(), "Atelier", "", EVENING.plusDays(1),
            EVENING.plusDays(1).plusHours(2), inTheHouse, roomId, address, null, false, 0);
    }

    private static PublicEventCommand change(VenueFixtures.Member member, PublicEventView event, int capacity) {
        return new PublicEventCommand(member.actor(), event.organisationId(), event.title(), event.description(),
            event.start().toLocalDateTime(), event.end().toLocalDateTime(), event.roomId(), event.address(), capacity,
            true, event.version());
    }

    private void register(PublicEventView event, String name, int places) {
        registrations.register(event.id(), new NewRegistration(name, name.toLowerCase() + "-" + UUID.randomUUID() + "@example.org",
            places, "fr"), address());
    }

    private List<String> statuses(PublicEventView event) {
        return jdbc.sql("SELECT coalesce(name, '?') || ' ' || status FROM venue.event_registration WHERE event_id = :id ORDER BY id")
            .param("id", event.id()).query(String.class).list();
    }

    private String tokenOf(PublicEventView event, String name) {
        return published.stream(RegistrationReceived.class)
            .filter(r -> r.event().id() == event.id() && r.name().equals(name)).findFirst().orElseThrow().cancelToken();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static String address() {
        return "203.0.113." + (int) (Math.random() * 250) + "-" + UUID.randomUUID();
    }
}
