package coop.toitcommun.web.meetings;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import coop.toitcommun.governance.AgendaItem;
import coop.toitcommun.governance.AgendaItemKind;
import coop.toitcommun.governance.Agendas;
import coop.toitcommun.governance.Attendance;
import coop.toitcommun.governance.AttendanceEntry;
import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.BodyKind;
import coop.toitcommun.governance.CollegeCount;
import coop.toitcommun.governance.Convocation;
import coop.toitcommun.governance.Convocations;
import coop.toitcommun.governance.Deliberations;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.LegalEntity;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingFormat;
import coop.toitcommun.governance.MeetingType;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.MinutesBook;
import coop.toitcommun.governance.NewAgendaItem;
import coop.toitcommun.governance.NewMeeting;
import coop.toitcommun.governance.Participant;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Language;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Meeting pages over HTTP on the demo SCIC: who may reach the agenda builder and the votes, a room conflict
 * that saves nothing, signed minutes that no request can change, and agenda documents kept in the database.
 */
@WebIntegrationTest
class MeetingPagesIT {

    private static final String PASSWORD = DemoPeople.PASSWORD;
    private static final String BOARD_MEMBER = "membre@demo.toitcommun.coop";
    private static final String CHAIR = "cofondatrice@demo.toitcommun.coop";
    private static final String FORMER_DIRECTOR = "benevole@demo.toitcommun.coop";

    @LocalServerPort int port;
    @Autowired Meetings meetings;
    @Autowired Agendas agendas;
    @Autowired Convocations convocations;
    @Autowired Deliberations deliberations;
    @Autowired MinutesBook minutes;
    @Autowired Entities entities;
    @Autowired DemoPeople demo;
    @Autowired Accounts accounts;
    @Autowired Rooms rooms;
    @Autowired HouseClock calendar;
    @Autowired AgendaDocuments documents;
    @Autowired LegacyDocumentFolder legacyDocuments;
    @Autowired JdbcClient jdbc;
    @Value("${toitcommun.documents.directory}") Path legacyFolder;

    /** Demo accounts are shared with other tests, some of which switch their language: these pages are read in French. */
    private WebClient signedIn(String email) {
        return demo.signedInInFrench(port, email);
    }

    private long person(String email) {
        return demo.id(email);
    }

    private Body scicBody(BodyKind kind) {
        LegalEntity scic = entities.findByName("SCIC Le Toit Commun").orElseThrow();
        return entities.bodies(scic.id()).stream().filter(b -> b.kind() == kind).findFirst().orElseThrow();
    }

    /** A SCIC general assembly, prepared by the board member, chaired by the co-founder; Nadia is its secretary. */
    private Meeting assembly(int daysAhead) {
        long nadia = person(BOARD_MEMBER);
        return meetings.create(nadia, new NewMeeting(scicBody(BodyKind.GENERAL_ASSEMBLY).id(), MeetingType.ORDINARY_GA, null,
            "AG " + UUID.randomUUID(), LocalDateTime.of(calendar.today().plusDays(daysAhead), LocalTime.of(18, 0)), 120,
            MeetingFormat.IN_PERSON, "12 rue des Mineurs, Lens", null, null, person(CHAIR), nadia));
    }

    @Test
    void theConvocationEmailIsInEachRecipientsLanguageWithThePdf() throws Exception {
        Meeting meeting = assembly(40);
        WebClient nadia = signedIn(BOARD_MEMBER);
        accounts.changeLanguage(person(CHAIR), Language.EN);
        String page = "/meetings/" + meeting.id() + "/convocation";

        Document before = html(nadia.get(page));
        assertThat(before.text()).as("the notice check is shown, not its key").doesNotContain("??");
        agendas.add(person(BOARD_MEMBER), meeting.id(), new NewAgendaItem("Rapport d’activité", "", AgendaItemKind.INFORMATION, null, 20, null, null, null, false));
        HttpResponse<String> sent = nadia.submit(page, page, Map.of());
        assertThat(html(nadia.follow(sent)).select("[role=status]").text()).as("the confirmation after sending").contains("onvocation");

        Message toChair = TestMailServer.withSubject(CHAIR, "Convocation: " + meeting.title());
        assertThat(TestMailServer.body(toChair)).contains("You are convened to the meeting");
        assertThat(((Multipart) toChair.getContent()).getCount()).as("text and the PDF").isEqualTo(2);
        String frenchSpeaker = convocations.recipients(meeting).stream().map(Convocation.Recipient::email)
            .filter(email -> !email.equals(CHAIR)).findFirst().orElseThrow();
        Message inFrench = TestMailServer.withSubject(frenchSpeaker, "Convocation : " + meeting.title());
        assertThat(TestMailServer.body(inFrench)).contains("Bonjour,").doesNotContain("You are convened");
        accounts.changeLanguage(person(CHAIR), Language.FR);
    }

    @Test
    void anAgendaDocumentLivesInTheDatabaseAndLeavesWithItsItem() throws Exception {
        Meeting meeting = assembly(46);
        AgendaItem item = agendas.add(person(BOARD_MEMBER), meeting.id(),
            new NewAgendaItem("Budget " + UUID.randomUUID(), "", AgendaItemKind.INFORMATION, null, 15, null, null, null, false));
        byte[] pdf = "%PDF-1.4 budget prévisionnel".getBytes(StandardCharsets.UTF_8);

        assertThat(documents.attach(person(BOARD_MEMBER), meeting.id(), item.id(),
            new MockMultipartFile("file", "budget.pdf", "application/pdf", pdf))).isEqualTo("meetings.document.added");

        String key = agendas.items(meeting.id()).get(0).documents().get(0).storageKey();
        assertThat(storedContent(key)).contains(pdf);
        WebClient nadia = signedIn(BOARD_MEMBER);
        String link = html(nadia.get("/meetings/" + meeting.id() + "/agenda")).select("a[href*=/documents/]").attr("href");
        assertThat(nadia.getBytes(link).body()).isEqualTo(pdf);

        String agenda = "/meetings/" + meeting.id() + "/agenda";
        assertThat(nadia.submit(agenda, agenda.replace("/agenda", "/items/" + item.id() + "/delete"), Map.of()).statusCode()).isEqualTo(302);
        assertThat(agendas.items(meeting.id())).isEmpty();
        assertThat(storedContent(key)).as("the content goes with its item").isEmpty();
    }

    @Test
    void documentsLeftInTheFolderOfEarlierVersionsAreImportedAtStart() throws Exception {
        Meeting meeting = assembly(47);
        AgendaItem item = agendas.add(person(BOARD_MEMBER), meeting.id(),
            new NewAgendaItem("Rapport " + UUID.randomUUID(), "", AgendaItemKind.INFORMATION, null, 15, null, null, null, false));
        String key = UUID.randomUUID().toString();
        byte[] pdf = "%PDF-1.4 rapport d’une version précédente".getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(legacyFolder);
        Files.write(legacyFolder.resolve(key), pdf);
        jdbc.sql("""
                INSERT INTO governance.agenda_document (item_id, file_name, content_type, size_bytes, storage_key, uploaded_by, uploaded_at)
                VALUES (:item, 'rapport.pdf', 'application/pdf', :size, :key, :by, now())""")
            .param("item", item.id()).param("size", pdf.length).param("key", key).param("by", person(BOARD_MEMBER)).update();
        assertThat(storedContent(key)).isEmpty();

        legacyDocuments.run(null);
        legacyDocuments.run(null);

        assertThat(storedContent(key)).contains(pdf);
        WebClient nadia = signedIn(BOARD_MEMBER);
        String link = html(nadia.get("/meetings/" + meeting.id() + "/agenda")).select("a[href*=/documents/]").attr("href");
        assertThat(nadia.getBytes(link).body()).isEqualTo(pdf);
    }

    private Optional<byte[]> storedContent(String key) {
        return jdbc.sql("SELECT content FROM web.stored_document WHERE storage_key = :key").param("key", UUID.fromString(key))
            .query(byte[].class).optional();
    }

    @Test
    void anUploadThatIsNotMultipartIsABadRequest() {
        Meeting meeting = assembly(45);
        AgendaItem item = agendas.add(person(BOARD_MEMBER), meeting.id(),
            new NewAgendaItem("Rapport moral", "", AgendaItemKind.INFORMATION, null, 15, null, null, null, false));
        WebClient nadia = signedIn(BOARD_MEMBER);

        HttpResponse<String> crafted = nadia.forge("/meetings/" + meeting.id() + "/agenda",
            "/meetings/" + meeting.id() + "/items/" + item.id() + "/documents", Map.of("file", "pas un fichier"));

        assertThat(crafted.statusCode()).isEqualTo(400);
        assertThat(html(crafted).select("h1").text()).isEqualTo("Demande incorrecte");
    }

    @Test
    void withoutACurrentMandateNoAgendaBuilderNorVotes() {
        Meeting meeting = assembly(30);
        long nadia = person(BOARD_MEMBER);
        AgendaItem accounts = agendas.add(nadia, meeting.id(), new NewAgendaItem("Approbation des comptes", "", AgendaItemKind.DECISION,
            nadia, 20, "L’assemblée approuve les comptes.", null, null, false));

        WebClient former = signedIn(FORMER_DIRECTOR);
        assertThat(former.get("/meetings/" + meeting.id()).statusCode()).as("an associate sees the meeting").isEqualTo(200);
        assertThat(former.get("/meetings/" + meeting.id() + "/agenda").statusCode()).isEqualTo(403);
        assertThat(former.get("/meetings/" + meeting.id() + "/session").statusCode()).isEqualTo(403);
        assertThat(former.get("/bodies/" + scicBody(BodyKind.BOARD).id() + "/meetings/new").statusCode()).isEqualTo(403);
        assertThat(former.forge("/meetings/" + meeting.id(), "/meetings/" + meeting.id() + "/items/" + accounts.id() + "/votes",
            Map.of("votesFor[0]", "3", "against[0]", "0", "abstain[0]", "0")).statusCode()).isEqualTo(403);
        assertThat(former.forge("/meetings/" + meeting.id(), "/meetings/" + meeting.id() + "/items/" + accounts.id() + "/move",
            Map.of("direction", "down")).statusCode()).isEqualTo(403);
        assertThat(former.forge("/meetings/" + meeting.id(), "/meetings/" + meeting.id() + "/items",
            Map.of("title", "Point ajouté en douce", "kind", "INFORMATION", "plannedMinutes", "5")).statusCode()).isEqualTo(403);
        assertThat(agendas.items(meeting.id())).extracting(AgendaItem::title).containsExactly("Approbation des comptes");

        WebClient board = signedIn(BOARD_MEMBER);
        Document agenda = html(board.get("/meetings/" + meeting.id() + "/agenda"));
        assertThat(agenda.select("h1").text()).isEqualTo(meeting.title());
        assertThat(agenda.select("#planned-time").text()).isEqualTo("20 minutes prévues sur les 120 de la réunion.");
        assertThat(agenda.select(".resolution-text").text()).contains("L’assemblée approuve les comptes.");
        assertThat(agenda.select(".resolution-rules").text()).contains("majorité simple");
        WebClient outsider = signedIn("salariee@demo.toitcommun.coop");
        assertThat(outsider.get("/meetings/" + meeting.id() + "/agenda").statusCode())
            .as("a member of the board prepares the assembly").isEqualTo(200);
    }

    @Test
    void theConvocationPageShowsItsNoticeCheckAndNoUnknownMessageBeforeAndAfterSending() {
        Meeting meeting = assembly(40);
        agendas.add(person(BOARD_MEMBER), meeting.id(), new NewAgendaItem("Rapport moral", "", AgendaItemKind.INFORMATION,
            person(BOARD_MEMBER), 20, null, null, null, false));
        WebClient nadia = signedIn(BOARD_MEMBER);
        String page = "/meetings/" + meeting.id() + "/convocation";

        Document before = html(nadia.get(page));
        assertThat(before.select("main").text()).doesNotContain("??");
        assertThat(before.select("#notice-check").text()).startsWith("Envoyée aujourd’hui, la convocation laisse");

        assertThat(nadia.submit(page, page, Map.of()).statusCode()).isEqualTo(302);
        Document after = html(nadia.get(page));
        assertThat(after.select("main").text()).doesNotContain("??");
        assertThat(after.select(".alert-success[role=status]").text()).as(after.select("main").text()).isEqualTo("Convocation envoyée.");
    }

    @Test
    void aDurationTooLargeToReadIsAFieldErrorNotAServerError() {
        Body board = scicBody(BodyKind.BOARD);
        WebClient nadia = signedIn(BOARD_MEMBER);
        String page = "/bodies/" + board.id() + "/meetings/new";
        String title = "Conseil interminable " + UUID.randomUUID();
        Map<String, String> fields = new HashMap<>(Map.of("type", "BOARD", "date", calendar.today().plusDays(40).toString(),
            "time", "18:00", "durationMinutes", "99999999999", "format", "IN_PERSON", "place", "NONE", "title", title));

        HttpResponse<String> refused = nadia.submit(page, "/bodies/" + board.id() + "/meetings", fields);

        assertThat(refused.statusCode()).isEqualTo(200);
        Document again = html(refused);
        assertThat(again.select("#durationMinutes").hasClass("is-invalid")).isTrue();
        assertThat(again.select("#title").val()).isEqualTo(title);
        assertThat(meetings.ofBody(board.id())).noneMatch(m -> m.title().equals(title));
    }

    @Test
    void aTakenRoomSavesNothingAndKeepsWhatWasTyped() {
        LocalDate day = calendar.today().plusDays(60);
        while (day.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            day = day.plusDays(1);
        }
        long room = rooms.bookable().stream().filter(r -> r.name().equals("Petite salle de réunion")).findFirst().orElseThrow().id();
        Body board = scicBody(BodyKind.BOARD);
        WebClient nadia = signedIn(BOARD_MEMBER);
        String page = "/bodies/" + board.id() + "/meetings/new";
        Document form = html(nadia.get(page));
        String organisation = form.select("#organisationId option").get(1).attr("value");
        Map<String, String> fields = new HashMap<>(Map.of("type", "BOARD", "date", day.toString(), "time", "14:00",
            "durationMinutes", "90", "format", "IN_PERSON", "place", "ROOM", "roomId", Long.toString(room),
            "organisationId", organisation, "attendees", "6", "chairId", Long.toString(person(CHAIR))));
        fields.put("secretaryId", Long.toString(person(BOARD_MEMBER)));
        fields.put("title", "Conseil de printemps " + UUID.randomUUID());
        HttpResponse<String> first = nadia.submit(page, "/bodies/" + board.id() + "/meetings", fields);
        assertThat(first.statusCode()).isEqualTo(302);
        int before = meetings.ofBody(board.id()).size();

        String second = "Conseil en doublon " + UUID.randomUUID();
        fields.put("title", second);
        HttpResponse<String> refused = nadia.submit(page, "/bodies/" + board.id() + "/meetings", fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        Document again = html(refused);
        assertThat(again.select("#room-conflict").text()).contains("La salle est déjà prise de 14:00 à 15:30 : rien n’a été enregistré.")
            .contains("Autres salles libres à cette heure");
        assertThat(again.select("#title").val()).isEqualTo(second);
        assertThat(meetings.ofBody(board.id())).hasSize(before);
    }

    @Test
    void anUnknownAttendanceAndATooLongDraftGoBackToTheirPageWithWhatWasTyped() {
        Meeting meeting = assembly(32);
        long nadia = person(BOARD_MEMBER);
        agendas.add(nadia, meeting.id(), new NewAgendaItem("Rapport moral", "", AgendaItemKind.INFORMATION, nadia, 20, null, null,
            null, false));
        convocations.convene(nadia, meeting.id(), "%PDF-1.4".getBytes());
        Participant first = deliberations.participants(meeting.id()).get(0);
        WebClient secretary = signedIn(BOARD_MEMBER);

        String session = "/meetings/" + meeting.id() + "/session";
        HttpResponse<String> unknown = secretary.submit(session, "/meetings/" + meeting.id() + "/attendance",
            Map.of("attendance[" + first.id() + "]", "PRESENTE"));
        assertThat(unknown.headers().firstValue("Location")).get().asString().endsWith(session);
        assertThat(html(secretary.follow(unknown)).select(".alert-danger").text()).isEqualTo("Choisissez une des valeurs proposées.");
        assertThat(deliberations.participants(meeting.id()).get(0).attendance()).isEqualTo(first.attendance());

        String page = "/meetings/" + meeting.id() + "/minutes";
        HttpResponse<String> tooLong = secretary.submit(page, page, Map.of("debates", "d".repeat(8001)));
        Document back = html(secretary.follow(tooLong));
        assertThat(back.select(".alert-danger").text().replace('\u202f', ' ')).isEqualTo("Ce champ accepte au plus 8 000 caractères.");
        assertThat(back.select("#debates").text()).isEqualTo("d".repeat(8001));
    }

    @Test
    void signedMinutesCannotBeChangedOverHttpAndAnErratumIsAppended() {
        Meeting meeting = assembly(31);
        long nadia = person(BOARD_MEMBER);
        long martine = person(CHAIR);
        AgendaItem accounts = agendas.add(nadia, meeting.id(), new NewAgendaItem("Approbation des comptes", "", AgendaItemKind.DECISION,
            nadia, 20, "L’assemblée approuve les comptes de l’exercice.", null, null, false));
        convocations.convene(nadia, meeting.id(), "%PDF-1.4".getBytes());
        List<Participant> participants = deliberations.participants(meeting.id());
        deliberations.recordAttendance(nadia, meeting.id(), participants.stream()
            .map(p -> new AttendanceEntry(p.id(), Attendance.PRESENT, null)).toList());
        deliberations.recordVotes(nadia, accounts.id(), List.of(new CollegeCount("Fondateurs", null, 3, 0, 0),
            new CollegeCount("Salariés", null, 1, 0, 0), new CollegeCount("Usagers", null, 2, 1, 1),
            new CollegeCount("Partenaires", null, 0, 1, 0)));

        WebClient secretary = signedIn(BOARD_MEMBER);
        String page = "/meetings/" + meeting.id() + "/minutes";
        HttpResponse<String> wrong = secretary.submit(page, page + "/sign", Map.of("password", "pas-le-bon"));
        assertThat(html(secretary.follow(wrong)).select(".alert-danger").text()).isEqualTo("Mot de passe incorrect : rien n’a été signé.");
        secretary.submit(page, page + "/sign", Map.of("password", PASSWORD));
        WebClient chair = signedIn(CHAIR);
        HttpResponse<String> signed = chair.submit(page, page + "/sign", Map.of("password", PASSWORD));
        Document closed = html(chair.follow(signed));
        assertThat(closed.select(".alert-success").text()).isEqualTo("Procès-verbal signé, numéroté et publié aux membres.");
        assertThat(closed.select("#minutes-status").text()).startsWith("Procès-verbal signé et inscrit au registre sous le n°");
        assertThat(closed.select("#minutes-draft")).as("no draft form any more").isEmpty();
        String content = minutes.find(meeting.id()).orElseThrow().content();

        // requests the page no longer offers are refused by the services, and the database would refuse them anyway
        Map<String, String> allAgainst = new HashMap<>();
        for (int college = 0; college < 4; college++) {
            allAgainst.putAll(Map.of("votesFor[" + college + "]", "0", "against[" + college + "]", "1", "abstain[" + college + "]", "0"));
        }
        HttpResponse<String> votes = chair.forge(page, "/meetings/" + meeting.id() + "/items/" + accounts.id() + "/votes", allAgainst);
        assertThat(html(chair.follow(votes)).select(".alert-danger").text()).startsWith("Le procès-verbal est signé");
        HttpResponse<String> draft = chair.forge(page, page, Map.of("debates", "Réécriture", "summary[" + accounts.id() + "]", "Autre"));
        assertThat(html(chair.follow(draft)).select(".alert-danger").text()).startsWith("Le procès-verbal est signé");
        HttpResponse<String> attendance = chair.forge(page, "/meetings/" + meeting.id() + "/attendance",
            Map.of("attendance[" + participants.get(0).id() + "]", "ABSENT"));
        assertThat(attendance.statusCode()).isEqualTo(302);
        assertThat(minutes.find(meeting.id()).orElseThrow().content()).isEqualTo(content);
        assertThat(deliberations.outcomes(meeting).get(accounts.id()).adopted()).isTrue();

        HttpResponse<String> erratum = chair.submit(page, page + "/errata",
            Map.of("text", "Lire « exercice 2026 » au point 1.", "password", PASSWORD));
        Document withErratum = html(chair.follow(erratum));
        assertThat(withErratum.select("#errata-heading + ol").text()).contains("Lire « exercice 2026 » au point 1.", "signé par Martine Delattre");

        // any signed-in member of the house reads the signed minutes
        HttpResponse<byte[]> pdf = signedIn("salariee@demo.toitcommun.coop").getBytes("/meetings/" + meeting.id() + "/minutes.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new WebClient(port).getBytes("/meetings/" + meeting.id() + "/minutes.pdf").statusCode()).as("not anonymous").isEqualTo(302);
    }

    @Test
    void inAWrittenConsultationEachConvenedPersonAnswersFromTheMeetingPage() {
        LegalEntity sci = entities.findByName("SCI Le Toit de l’ESS").orElseThrow();
        Body assembly = entities.bodies(sci.id()).stream().filter(b -> b.kind() == BodyKind.GENERAL_ASSEMBLY).findFirst().orElseThrow();
        long martine = person(CHAIR);
        long bernard = person("cofondateur@demo.toitcommun.coop");
        LocalDateTime start = LocalDateTime.of(calendar.today().plusDays(20), LocalTime.of(9, 0));
        Meeting consultation = meetings.create(martine, new NewMeeting(assembly.id(), MeetingType.ORDINARY_GA, null,
            "Consultation écrite " + UUID.randomUUID(), start, 1440, MeetingFormat.WRITTEN_CONSULTATION, null, null,
            start.plusHours(12), martine, bernard));
        AgendaItem roof = agendas.add(martine, consultation.id(), new NewAgendaItem("Travaux de toiture", "", AgendaItemKind.DECISION,
            martine, 0, "Les associés autorisent la gérance à signer le devis de réfection de la toiture.", null, null, false));
        convocations.convene(martine, consultation.id(), "%PDF-1.4".getBytes());
        String page = "/meetings/" + consultation.id();

        WebClient bernardClient = signedIn("cofondateur@demo.toitcommun.coop");
        Document form = html(bernardClient.get(page));
        assertThat(form.select(".written-answer legend").eachText()).containsExactlyInAnyOrder("Réponse pour Bernard Lefort", "Réponse pour Cliss XXI");
        for (String participant : form.select(".written-answer input[name=participantId]").eachAttr("value")) {
            String answer = form.select(".written-answer:has(input[name=participantId][value=" + participant + "]) legend").text()
                .contains("Cliss") ? "AGAINST" : "FOR";
            HttpResponse<String> answered = bernardClient.submit(page, page + "/answers",
                Map.of("itemId", Long.toString(roof.id()), "participantId", participant, "answer", answer));
            assertThat(html(bernardClient.follow(answered)).select(".alert-success").text()).isEqualTo("Réponse enregistrée.");
        }
        long vestali = deliberations.participants(consultation.id()).stream().filter(p -> p.name().equals("Vestali")).findFirst().orElseThrow().id();
        assertThat(bernardClient.forge(page, page + "/answers",
            Map.of("itemId", Long.toString(roof.id()), "participantId", Long.toString(vestali), "answer", "FOR")).statusCode())
            .as("Bernard does not answer for Vestali").isEqualTo(403);

        Document session = html(signedIn(CHAIR).get(page + "/session"));
        // per share, unanimity by default in an SCI: Cliss XXI's 50 shares against → rejected
        assertThat(session.select(".outcome").text()).startsWith("Résolution rejetée.");
        assertThat(session.select(".vote-table").last().text()).contains("Toutes les voix 100 50 0");
    }
}
