package coop.toitcommun.web.meetings;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.governance.AgendaItemKind;
import coop.toitcommun.governance.Agendas;
import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.BodyKind;
import coop.toitcommun.governance.Convocation;
import coop.toitcommun.governance.Convocations;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.NewAgendaItem;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingRequest;
import coop.toitcommun.venue.BookingStatus;
import coop.toitcommun.venue.BookingView;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import jakarta.mail.Message;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A meeting and its room move together: the booking page cannot cancel a meeting's room alone; moving the meeting
 * moves its booking (or offers the rooms free then) and cancelling it releases the room, each emailing everyone
 * convened, in one transaction.
 */
@WebIntegrationTest
class MeetingAndRoomIT {

    private static final String BOARD_MEMBER = "membre@demo.toitcommun.coop";
    private static final String CHAIR = "cofondatrice@demo.toitcommun.coop";
    private static final String FORMER_DIRECTOR = "benevole@demo.toitcommun.coop";

    @LocalServerPort int port;
    @Autowired Meetings meetings;
    @Autowired Agendas agendas;
    @Autowired Convocations convocations;
    @Autowired Entities entities;
    @Autowired Bookings bookings;
    @Autowired Rooms rooms;
    @Autowired DemoPeople demo;
    @Autowired Accounts accounts;
    @Autowired HouseClock calendar;

    @Test
    void cancellingAMeetingReleasesItsRoomAndTellsThoseConvened() throws Exception {
        WebClient nadia = signedIn(BOARD_MEMBER);
        accounts.changeLanguage(person(CHAIR), Language.FR);
        Meeting meeting = planWithRoom(nadia);
        long bookingId = meeting.bookingId();
        Actor staff = new Actor(person(BOARD_MEMBER), true);

        Document bookingPage = html(nadia.get("/bookings/" + bookingId));
        assertThat(bookingPage.text()).contains("Cette réservation est celle d’une réunion");
        String toMeeting = bookingPage.select("a:contains(Ouvrir la page de la réunion)").attr("href");
        HttpResponse<String> redirected = nadia.get(toMeeting);
        assertThat(redirected.statusCode()).isEqualTo(302);
        assertThat(redirected.headers().firstValue("Location").orElseThrow()).endsWith("/meetings/" + meeting.id());
        assertThat(stranger().get(toMeeting).statusCode()).as("who may not see the booking learns nothing").isEqualTo(403);
        HttpResponse<String> alone = nadia.forge("/bookings/" + bookingId, "/bookings/" + bookingId + "/cancel", Map.of());
        assertThat(html(nadia.follow(alone)).text()).contains("Cette salle est réservée pour une réunion");
        assertThat(bookings.find(staff, bookingId).status().isActive()).as("the booking page cancels nothing").isTrue();

        agendas.add(person(BOARD_MEMBER), meeting.id(), new NewAgendaItem("Budget", "", AgendaItemKind.INFORMATION, null, 20,
            null, null, null, false));
        String convocation = "/meetings/" + meeting.id() + "/convocation";
        assertThat(nadia.submit(convocation, convocation, Map.of()).statusCode()).isEqualTo(302);
        Convocation sent = convocations.find(meeting.id()).orElseThrow();
        assertThat(sent.recipients()).isNotEmpty();

        WebClient outsider = signedIn(FORMER_DIRECTOR);
        String page = "/meetings/" + meeting.id();
        assertThat(outsider.forge(page, page + "/cancel", Map.of("reason", "Je n’y suis pour rien")).statusCode())
            .as("without a current mandate on the board").isEqualTo(403);
        HttpResponse<String> noReason = nadia.submit(page, page + "/cancel", Map.of("reason", " "));
        assertThat(html(nadia.follow(noReason)).select("[role=alert]").text()).contains("Indiquez le motif de l’annulation");
        assertThat(meetings.get(meeting.id()).cancelled()).isFalse();

        HttpResponse<String> cancelled = nadia.submit(page, page + "/cancel", Map.of("reason", "Quorum impossible en août"));
        Document after = html(nadia.follow(cancelled));
        assertThat(after.text()).contains("Réunion annulée.", "Motif : Quorum impossible en août");
        assertThat(after.select("#cancel-heading")).as("no second cancellation offered").isEmpty();
        assertThat(meetings.get(meeting.id()).cancelled()).isTrue();
        assertThat(bookings.find(staff, bookingId).status()).isEqualTo(BookingStatus.CANCELLED);
        for (Convocation.Recipient recipient : sent.recipients()) {
            Message mail = TestMailServer.withSubject(recipient.email(), "Réunion annulée : " + meeting.title());
            assertThat(TestMailServer.body(mail)).contains("Quorum impossible en ao", "/meetings/" + meeting.id()); // the body is quoted-printable
        }
        assertThat(meetings.of(person(BOARD_MEMBER)).toPrepare()).noneMatch(p -> p.meeting().id() == meeting.id());
    }

    @Test
    void movingAMeetingMovesItsRoomOrOffersTheRoomsFreeWhenItIsTaken() throws Exception {
        WebClient nadia = signedIn(BOARD_MEMBER);
        accounts.changeLanguage(person(CHAIR), Language.FR);
        Meeting meeting = planWithRoom(nadia);
        long bookingId = meeting.bookingId();
        Actor staff = new Actor(person(BOARD_MEMBER), true);
        agendas.add(person(BOARD_MEMBER), meeting.id(), new NewAgendaItem("Budget", "", AgendaItemKind.INFORMATION, null, 20,
            null, null, null, false));
        String convocation = "/meetings/" + meeting.id() + "/convocation";
        assertThat(nadia.submit(convocation, convocation, Map.of()).statusCode()).isEqualTo(302);
        Convocation sent = convocations.find(meeting.id()).orElseThrow();
        String page = "/meetings/" + meeting.id();
        String move = page + "/move";
        LocalDate day = meeting.start().toLocalDate();

        assertThat(html(nadia.get(page)).select("a[href=" + move + "]")).as("the meeting page offers the move").hasSize(1);
        WebClient outsider = signedIn(FORMER_DIRECTOR);
        assertThat(outsider.get(move).statusCode()).isEqualTo(403);
        assertThat(outsider.forge(page, move, Map.of("date", day.toString(), "time", "14:00", "durationMinutes", "60")).statusCode())
            .as("without a current mandate on the board").isEqualTo(403);
        assertThat(meetings.get(meeting.id()).start()).isEqualTo(meeting.start());

        HttpResponse<String> moved = nadia.submit(move, move, Map.of("date", day.toString(), "time", "14:00", "durationMinutes", "90"));
        assertThat(html(nadia.follow(moved)).select("[role=status]").text()).contains("La réunion et sa salle sont déplacées");
        assertThat(meetings.get(meeting.id()).start()).isEqualTo(day.atTime(14, 0));
        assertThat(bookings.find(staff, bookingId)).satisfies(booking -> {
            assertThat(booking.start().toLocalDateTime()).isEqualTo(day.atTime(14, 0));
            assertThat(booking.end().toLocalDateTime()).isEqualTo(day.atTime(15, 30));
            assertThat(booking.roomName()).isEqualTo("Petite salle de réunion");
            assertThat(booking.heldForMeeting()).isTrue();
        });
        for (Convocation.Recipient recipient : sent.recipients()) {
            Message mail = TestMailServer.withSubject(recipient.email(), "Réunion déplacée : " + meeting.title());
            assertThat(TestMailServer.body(mail)).contains("/meetings/" + meeting.id());
        }

        BookingView held = bookings.find(staff, bookingId);
        BookingView taken = bookings.book(new BookingRequest(staff, held.roomId(), held.organisationId(),
            day.plusDays(1).atTime(10, 0), day.plusDays(1).atTime(12, 0), "Atelier déjà là", 4, true, ""));
        Map<String, String> friday = Map.of("date", day.plusDays(1).toString(), "time", "10:00", "durationMinutes", "60");
        HttpResponse<String> conflict = nadia.submit(move, move, friday);
        assertThat(conflict.statusCode()).isEqualTo(200);
        Document offered = html(conflict);
        assertThat(offered.select("#room-conflict").text()).contains("Atelier déjà là");
        assertThat(offered.select("#room-conflict input[name=roomId]")).as("the rooms free then, to choose from").isNotEmpty();
        assertThat(offered.select("#date").attr("value")).as("what was typed is kept").isEqualTo(day.plusDays(1).toString());
        assertThat(meetings.get(meeting.id()).start()).as("nothing moved").isEqualTo(day.atTime(14, 0));
        assertThat(bookings.find(staff, bookingId).start().toLocalDateTime()).isEqualTo(day.atTime(14, 0));

        String otherRoom = offered.select("#room-conflict input[name=roomId]").first().attr("value");
        String otherRoomName = offered.select("label[for=free-room-" + otherRoom + "]").text();
        Map<String, String> withRoom = new HashMap<>(friday);
        withRoom.put("roomId", otherRoom);
        assertThat(nadia.submit(move, move, withRoom).statusCode()).isEqualTo(302);
        Meeting inOtherRoom = meetings.get(meeting.id());
        assertThat(inOtherRoom.start()).isEqualTo(day.plusDays(1).atTime(10, 0));
        assertThat(otherRoomName).startsWith(inOtherRoom.roomName());
        assertThat(bookings.find(staff, bookingId)).satisfies(booking -> {
            assertThat(booking.roomId()).isEqualTo(Long.parseLong(otherRoom));
            assertThat(booking.start().toLocalDateTime()).isEqualTo(day.plusDays(1).atTime(10, 0));
        });
        assertThat(bookings.find(staff, taken.id()).status().isActive()).isTrue();
    }

    /** A board meeting of the demo SCIC in the small meeting room, planned over HTTP as the board member does. */
    private Meeting planWithRoom(WebClient nadia) {
        LocalDate day = calendar.today().plusDays(90);
        while (day.getDayOfWeek() != DayOfWeek.THURSDAY) {
            day = day.plusDays(1);
        }
        long room = rooms.bookable().stream().filter(r -> r.name().equals("Petite salle de réunion")).findFirst().orElseThrow().id();
        Body board = entities.bodies(entities.findByName("SCIC Le Toit Commun").orElseThrow().id()).stream()
            .filter(b -> b.kind() == BodyKind.BOARD).findFirst().orElseThrow();
        String page = "/bodies/" + board.id() + "/meetings/new";
        Document form = html(nadia.get(page));
        String title = "Conseil d’été " + UUID.randomUUID();
        Map<String, String> fields = new HashMap<>(Map.of("type", "BOARD", "date", day.toString(), "time", "09:00",
            "durationMinutes", "60", "format", "IN_PERSON", "place", "ROOM", "roomId", Long.toString(room),
            "organisationId", form.select("#organisationId option").get(1).attr("value"), "attendees", "6",
            "chairId", Long.toString(person(CHAIR))));
        fields.put("secretaryId", Long.toString(person(BOARD_MEMBER)));
        fields.put("title", title);
        assertThat(nadia.submit(page, "/bodies/" + board.id() + "/meetings", fields).statusCode()).isEqualTo(302);
        Meeting meeting = meetings.ofBody(board.id()).stream().filter(m -> m.title().equals(title)).findFirst().orElseThrow();
        assertThat(meeting.bookingId()).isNotNull();
        return meeting;
    }

    /** A member of no organisation, with no mandate. */
    private WebClient stranger() {
        String email = "inconnue-" + UUID.randomUUID() + "@example.org";
        accounts.createActivated(new Invitation(email, "Inconnue", Language.FR, Set.of(Role.MEMBER)), "une-phrase-de-passe-solide");
        WebClient client = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        assertThat(client.signIn(email, "une-phrase-de-passe-solide").statusCode()).isEqualTo(302);
        return client;
    }

    private WebClient signedIn(String email) {
        return demo.signedInInFrench(port, email);
    }

    private long person(String email) {
        return demo.id(email);
    }
}
