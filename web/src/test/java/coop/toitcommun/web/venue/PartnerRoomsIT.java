package coop.toitcommun.web.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.CurrentHouse;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.Houses;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.venue.PartnerRooms;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Partner rooms between the demo's two houses: Porte Mine (127.0.0.1) opens its Salle des mineurs to Le Toit Commun's
 * members (localhost), 20 hours a month, and Le Toit Commun grants Porte Mine's 10. A member of Le Toit Commun books
 * it from her own house; the booking is Porte Mine's (its calendar, its staff's decisions) and both houses' staff see
 * it. The hours hold, also for two bookings at once; without an agreement in force, or for a room not open to
 * partners, there is nothing to see. Each test books in a month of its own, and cancels what it booked.
 */
@WebIntegrationTest
class PartnerRoomsIT {

    private static final String PORTE_MINE = "127.0.0.1";
    private static final String MEMBER = "membre@demo.toitcommun.coop";
    private static final String ADMIN = "admin@demo.toitcommun.coop";
    private static final String PORTE_MINE_ADMIN = "coordination@porte-mine.example.org";

    @LocalServerPort int port;
    @Autowired DemoPeople people;
    @Autowired Houses houses;
    @Autowired HouseClock time;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired PartnerRooms partnerRooms;
    @Autowired Accounts accounts;

    @Test
    void aMemberBooksAPartnerHousesRoomFromHerHouseAndTheStaffOfBothHousesSeeTheBooking() {
        WebClient member = people.signedInInFrench(port, MEMBER);
        Document partners = WebClient.html(member.get("/partners"));
        assertThat(partners.select("section.card h2").eachText()).containsExactly("Porte Mine");
        assertThat(partners.text()).contains("20 h par mois pour nos membres", "Salle des mineurs");
        String roomPage = partners.select("a:contains(Voir les disponibilités et réserver)").attr("href");
        assertThat(roomPage).isEqualTo("/partners/" + porteMine() + "/rooms/" + hall());
        LocalDate day = wednesdayOfMonth(1);
        Document week = WebClient.html(member.get(roomPage + "?from=" + day.minusDays(2)));
        assertThat(week.select("h1").text()).isEqualTo("Salle des mineurs, Porte Mine");
        // Porte Mine opens from Tuesday to Saturday: the other days have no free time
        assertThat(week.select("#free-heading + ul li").eachText()).hasSize(7)
            .anyMatch(line -> line.startsWith("Lundi") && line.endsWith("complet ou fermé"))
            .anyMatch(line -> line.startsWith("Mercredi") && line.contains("09:00–19:00"));

        HttpResponse<String> booked = member.submit(roomPage, roomPage + "/bookings", slot(day, "14:00", "16:00", "Atelier des savoirs"));
        assertThat(booked.statusCode()).isEqualTo(302);
        Document mine = WebClient.html(member.follow(booked));
        assertThat(mine.select("[role=status]").text()).contains("Réservation confirmée chez la maison partenaire.");
        assertThat(line(mine, "at-partners-heading", "Atelier des savoirs"))
            .contains("14:00–16:00", "Salle des mineurs, Porte Mine", "Confirmée", "Annuler cette réservation");
        long bookingId = bookingOf(day, "Atelier des savoirs");
        // her data download (RGPD) holds it, with the house for the organisation
        assertThat(member.get("/account/data.json").body()).contains("\"title\":\"Atelier des savoirs\"", "\"Porte Mine\"");

        // Porte Mine: a booking of its own, for the organisation that stands for Le Toit Commun, by a person of that name
        WebClient porteMineAdmin = people.signedInAt(PORTE_MINE, port, PORTE_MINE_ADMIN);
        Document here = WebClient.html(porteMineAdmin.get("/partners"));
        assertThat(line(here, "here-heading", "Atelier des savoirs"))
            .contains("Salle des mineurs", "Réservé par Nadia Benali (Le Toit Commun)");
        Document booking = WebClient.html(porteMineAdmin.get("/bookings/" + bookingId));
        assertThat(booking.text()).contains("Atelier des savoirs", "Le Toit Commun");
        // Le Toit Commun's staff see their members' bookings there, and the booking is none of Le Toit Commun's own
        WebClient admin = people.signedInInFrench(port, ADMIN);
        assertThat(line(WebClient.html(admin.get("/partners")), "at-partners-heading", "Atelier des savoirs"))
            .contains("Réservé par Nadia Benali");
        assertThat(admin.get("/bookings/" + bookingId).statusCode()).isEqualTo(404);

        // Porte Mine's staff cancel it on its booking page; Le Toit Commun's member sees it cancelled, with the reason
        assertThat(porteMineAdmin.submit("/bookings/" + bookingId, "/bookings/" + bookingId + "/cancel",
            Map.of("reason", "Salle repeinte ce jour-là")).statusCode()).isEqualTo(302);
        assertThat(line(WebClient.html(member.get("/partners")), "at-partners-heading", "Atelier des savoirs"))
            .contains("Annulée", "Motif : Salle repeinte ce jour-là").doesNotContain("Annuler cette réservation");
        // and gets Porte Mine's email, whose link leads to her house's partner rooms (accented letters are encoded)
        String mail = TestMailServer.body(TestMailServer.withSubject(MEMBER, "Réservation annulée : Atelier des savoirs"));
        assertThat(mail).contains("Atelier des savoirs", "Motif : Salle repeinte ce jour-l", "quipe de Porte Mine").containsPattern("http://[^/\\s]+/partners")
            .doesNotContain("/bookings/");
    }

    @Test
    void theHoursGrantedAMonthHoldAndARefusalKeepsWhatWasTypedInFrench() {
        WebClient member = people.signedInInFrench(port, MEMBER);
        String roomPage = "/partners/" + porteMine() + "/rooms/" + hall();
        LocalDate wednesday = wednesdayOfMonth(2);
        LocalDate thursday = wednesday.plusDays(1);
        try {
            assertThat(member.submit(roomPage, roomPage + "/bookings", slot(wednesday, "09:00", "19:00", "Journée 1"))
                .statusCode()).isEqualTo(302);
            HttpResponse<String> taken = member.submit(roomPage, roomPage + "/bookings", slot(wednesday, "10:00", "11:00", "Déjà pris"));
            assertThat(taken.statusCode()).isEqualTo(422);
            assertThat(WebClient.html(taken).select("#refusal").text()).startsWith("Ce créneau est déjà pris dans cette salle");
            assertThat(member.submit(roomPage, roomPage + "/bookings", slot(thursday, "09:00", "19:00", "Journée 2"))
                .statusCode()).isEqualTo(302);

            HttpResponse<String> over = member.submit(roomPage, roomPage + "/bookings", slot(thursday.plusDays(1), "10:00", "11:00", "Une heure de trop"));
            assertThat(over.statusCode()).isEqualTo(422);
            Document refused = WebClient.html(over);
            assertThat(refused.select("#refusal").text()).isEqualTo("Cette réservation dépasse les heures accordées à nos "
                + "membres ce mois-ci : 20 h déjà réservées sur 20 h, 1 h demandées.");
            assertThat(refused.select("input[name=title]").val()).isEqualTo("Une heure de trop");
            assertThat(refused.select("input[name=date]").val()).isEqualTo(thursday.plusDays(1).toString());
            assertThat(WebClient.html(member.get("/partners?lang=en")).text()).contains("20 h a month for our members");
        } finally {
            cancelEveryBookingOf(member, "Journée 1", "Journée 2");
        }
        // cancelled hours are free again
        assertThat(member.submit(roomPage, roomPage + "/bookings", slot(thursday.plusDays(1), "10:00", "11:00", "Une heure"))
            .statusCode()).isEqualTo(302);
        cancelEveryBookingOf(member, "Une heure");
    }

    /**
     * A booking locks the room's house's grant to the partner: a booking of the same partner that waits for it counts
     * the hours of the one that held it. The waiting is read from PostgreSQL's locks, not from a clock.
     */
    @Test
    void twoBookingsAtOnceNeverExceedTheHoursGrantedTogether() throws Exception {
        LocalDate wednesday = wednesdayOfMonth(3);
        long porteMine = porteMine();
        long hall = hall();
        Actor member = new Actor(people.id(MEMBER), false);
        CompletableFuture<String> waiting;
        long[] held = new long[2];
        try (CurrentHouse.Scope scope = CurrentHouse.enter(porteMine)) {
            waiting = transactions.execute(status -> {
                // Porte Mine's grant to Le Toit Commun, locked, and 19 of its 20 hours taken in the same transaction
                long organisation = jdbc.sql("SELECT organisation_id FROM venue.partnership WHERE partner_house_id = :partner"
                        + " AND house_id = membership.current_house() FOR UPDATE")
                    .param("partner", FirstHouse.ID).query(Long.class).single();
                long bookedBy = people.id(PORTE_MINE_ADMIN);
                held[0] = insertBooking(organisation, bookedBy, wednesday.atTime(9, 0), wednesday.atTime(19, 0));
                held[1] = insertBooking(organisation, bookedBy, wednesday.plusDays(1).atTime(9, 0), wednesday.plusDays(1).atTime(18, 0));
                CompletableFuture<String> second = CompletableFuture.supplyAsync(FirstHouse.supplied(() -> {
                    try {
                        partnerRooms.book(member, porteMine, hall, wednesday.plusDays(2).atTime(10, 0),
                            wednesday.plusDays(2).atTime(12, 0), "En même temps", 5);
                        return "booked";
                    } catch (BookingRefusedException e) {
                        return e.reason();
                    }
                }));
                awaitWaitingOnALock();
                return second;
            });
        }
        try {
            assertThat(waiting.get(60, TimeUnit.SECONDS)).isEqualTo("venue.partners.refused.quota");
        } finally {
            try (CurrentHouse.Scope scope = CurrentHouse.enter(porteMine)) {
                jdbc.sql("UPDATE venue.booking SET status = 'CANCELLED' WHERE id IN (:ids)").param("ids", List.of(held[0], held[1]))
                    .update();
            }
        }
        // with those hours free again, the same booking goes through
        assertThat(partnerRooms.book(member, porteMine, hall, wednesday.plusDays(2).atTime(10, 0),
            wednesday.plusDays(2).atTime(12, 0), "En même temps", 5).title()).isEqualTo("En même temps");
        cancelEveryBookingOf(people.signedInInFrench(port, MEMBER), "En même temps");
    }

    @Test
    void withoutAnAgreementInForceOrForARoomNotOpenToPartnersThereIsNothingToSee() {
        WebClient member = people.signedInInFrench(port, MEMBER);
        WebClient porteMineAdmin = people.signedInAt(PORTE_MINE, port, PORTE_MINE_ADMIN);
        String roomPage = "/partners/" + porteMine() + "/rooms/" + hall();
        long workshop = roomOfPorteMine("Atelier");
        assertThat(member.get("/partners/" + porteMine() + "/rooms/" + workshop).statusCode()).isEqualTo(404);
        assertThat(member.get("/partners/" + FirstHouse.ID + "/rooms/" + hall()).statusCode()).isEqualTo(404);
        assertThat(member.get("/partners/999999/rooms/" + hall()).statusCode()).isEqualTo(404);
        try {
            // Porte Mine suspends its side: the agreement is no longer in force
            assertThat(porteMineAdmin.submit("/partners", "/admin/partners/" + FirstHouse.ID, Map.of("hours", "0")).statusCode())
                .isEqualTo(302);
            Document partners = WebClient.html(member.get("/partners"));
            assertThat(partners.select(".empty-state").text()).contains("Aucun accord de réciprocité n’est en vigueur pour l’instant.");
            assertThat(member.get(roomPage).statusCode()).isEqualTo(404);
            assertThat(member.forge("/partners", roomPage + "/bookings", slot(wednesdayOfMonth(1), "10:00", "11:00", "Sans accord"))
                .statusCode()).isEqualTo(404);
            assertThat(WebClient.html(porteMineAdmin.get("/partners")).select("#agreements .badge").text()).isEqualTo("Pas en vigueur");
        } finally {
            porteMineAdmin.submit("/partners", "/admin/partners/" + FirstHouse.ID, Map.of("hours", "20"));
        }
        assertThat(member.get(roomPage).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAdminsKeepTheAgreementsOnlyMembersBookAndOnlyTheBookerCancels() {
        String email = "sans-structure-" + System.nanoTime() + "@example.org";
        accounts.createActivated(new Invitation(email, "Sans Structure", Language.FR, Set.of(Role.MEMBER)), DemoPeople.PASSWORD);
        WebClient outsider = people.signedInInFrench(port, email);
        String roomPage = "/partners/" + porteMine() + "/rooms/" + hall();
        // someone of no organisation sees the offer, without a way to book
        Document partners = WebClient.html(outsider.get("/partners"));
        assertThat(partners.text()).contains("Salle des mineurs", "ouvert aux personnes des structures membres");
        assertThat(partners.select("a[href=" + roomPage + "]")).isEmpty();
        assertThat(outsider.get(roomPage).statusCode()).isEqualTo(403);
        assertThat(outsider.forge("/partners", "/admin/partners/" + porteMine(), Map.of("hours", "744")).statusCode()).isEqualTo(403);
        assertThat(outsider.forge("/partners", "/admin/partners/rooms/" + roomOfToitCommun(), Map.of("open", "true")).statusCode())
            .isEqualTo(403);
        assertThat(partners.select("#agreements, #rooms")).isEmpty();

        WebClient member = people.signedInInFrench(port, MEMBER);
        LocalDate day = wednesdayOfMonth(4);
        assertThat(member.submit(roomPage, roomPage + "/bookings", slot(day, "10:00", "11:00", "À moi")).statusCode()).isEqualTo(302);
        long booking = bookingOf(day, "À moi");
        WebClient admin = people.signedInInFrench(port, ADMIN);
        assertThat(admin.forge("/partners", "/partners/bookings/" + booking + "/cancel", Map.of()).statusCode())
            .as("Le Toit Commun's admin sees the booking but only its booker cancels it from here").isEqualTo(403);
        // a typed number of hours out of bounds is refused in French, the number kept
        HttpResponse<String> tooMany = admin.submit("/partners", "/admin/partners/" + porteMine(), Map.of("hours", "745"));
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(WebClient.html(tooMany).select("#hours-error-" + porteMine()).text()).isEqualTo("Indiquez un nombre d’heures entre 0 et 744.");
        assertThat(WebClient.html(tooMany).select("#hours-" + porteMine()).val()).isEqualTo("745");
        cancelEveryBookingOf(member, "À moi");
    }

    /** The line of a list of the page (by its heading) that names the booking. */
    private static String line(Document page, String heading, String title) {
        return page.select("[aria-labelledby=" + heading + "] li").eachText().stream().filter(text -> text.contains(title))
            .findFirst().orElseThrow(() -> new AssertionError(title + " not in " + heading + ": " + page.text()));
    }

    private Map<String, String> slot(LocalDate day, String start, String end, String title) {
        return Map.of("date", day.toString(), "start", start, "end", end, "title", title, "attendees", "12");
    }

    /** The second Wednesday of the month {@code monthsAhead} from now: a day Porte Mine opens, far from the demo's bookings. */
    private LocalDate wednesdayOfMonth(int monthsAhead) {
        return time.today().plusMonths(monthsAhead).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.WEDNESDAY));
    }

    private void cancelEveryBookingOf(WebClient member, String... titles) {
        for (String title : titles) {
            Long id = jdbc.sql("SELECT booking_id FROM venue.partner_booking WHERE partner_house_id = membership.current_house()"
                    + " AND title = :title AND status IN ('PENDING', 'CONFIRMED')")
                .param("title", title).query(Long.class).optional().orElse(null);
            if (id != null) {
                assertThat(member.submit("/partners", "/partners/bookings/" + id + "/cancel", Map.of()).statusCode()).isEqualTo(302);
            }
        }
    }

    /** The booking, read from Le Toit Commun's copy: its own tables do not hold it. */
    private long bookingOf(LocalDate day, String title) {
        return jdbc.sql("SELECT booking_id FROM venue.partner_booking WHERE partner_house_id = membership.current_house()"
                + " AND title = :title AND starts_at::date = :day")
            .param("title", title).param("day", day).query(Long.class).single();
    }

    private long insertBooking(long organisation, long bookedBy, LocalDateTime start, LocalDateTime end) {
        Timestamp from = Timestamp.from(start.atZone(time.zone()).toInstant());
        Timestamp to = Timestamp.from(end.atZone(time.zone()).toInstant());
        return jdbc.sql("""
                INSERT INTO venue.booking (room_id, organisation_id, booked_by, title, attendees, starts_at, ends_at,
                                           blocked_until, status, created_at, updated_at)
                VALUES (:room, :organisation, :person, 'Tenue par le test', 5, :from, :to, :to, 'CONFIRMED', now(), now())
                RETURNING id""")
            .param("room", hall()).param("organisation", organisation).param("person", bookedBy)
            .param("from", from).param("to", to).query(Long.class).single();
    }

    /** Until another connection waits for a lock this transaction holds (a minute at most, for a loaded machine). */
    private void awaitWaitingOnALock() {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (jdbc.sql("""
                SELECT count(*) FROM pg_locks w
                 WHERE NOT w.granted AND w.pid <> pg_backend_pid()
                   AND pg_backend_pid() = ANY (pg_blocking_pids(w.pid))""").query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("another booking waiting for the grant's lock").isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    private long porteMine() {
        return houses.forHost(PORTE_MINE).orElseThrow().id();
    }

    private long hall() {
        return roomOfPorteMine("Salle des mineurs");
    }

    private long roomOfPorteMine(String name) {
        try (CurrentHouse.Scope scope = CurrentHouse.enter(porteMine())) {
            return jdbc.sql("SELECT id FROM venue.room WHERE name = :name").param("name", name).query(Long.class).single();
        }
    }

    private long roomOfToitCommun() {
        return jdbc.sql("SELECT id FROM venue.room ORDER BY id LIMIT 1").query(Long.class).single();
    }
}
