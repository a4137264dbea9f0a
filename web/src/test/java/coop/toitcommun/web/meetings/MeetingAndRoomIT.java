package coop.toitcommun.web.meetings;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
import coop.toitcommun.membership.Language;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingStatus;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import jakarta.mail.Message;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A meeting and its room move together: the booking page cannot cancel a meeting's room alone, and cancelling the
 * meeting releases the room and emails everyone convened, in one transaction.
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

        assertThat(html(nadia.get("/bookings/" + bookingId)).text()).contains("Cette réservation est celle d’une réunion");
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

    private WebClient signedIn(String email) {
        return demo.signedInInFrench(port, email);
    }

    private long person(String email) {
        return demo.id(email);
    }
}
