package coop.toitcommun.web.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import coop.toitcommun.governance.AgendaItem;
import coop.toitcommun.governance.AgendaItemKind;
import coop.toitcommun.governance.Agendas;
import coop.toitcommun.governance.Attendance;
import coop.toitcommun.governance.AttendanceEntry;
import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.BodyKind;
import coop.toitcommun.governance.CollegeCount;
import coop.toitcommun.governance.Convocations;
import coop.toitcommun.governance.Deliberations;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.governance.LegalEntity;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingFormat;
import coop.toitcommun.governance.MeetingType;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.MinutesBook;
import coop.toitcommun.governance.NewAgendaItem;
import coop.toitcommun.governance.NewMeeting;
import coop.toitcommun.governance.Participant;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.People;
import coop.toitcommun.web.FirstHouseWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Meetings of the demo SCIC (demo profile only): last spring's ordinary general assembly with its signed
 * minutes (convened on paper, recorded afterwards), and a coming board meeting with a draft agenda and a
 * proposal waiting. The board member is Nadia Benali; Martine Delattre chairs. Loaded once.
 */
@Component
@Profile("demo")
@Order(4)
class DemoMeetings implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMeetings.class);
    private static final String NADIA = "membre@demo.toitcommun.coop";
    private static final String MARTINE = "cofondatrice@demo.toitcommun.coop";
    private static final String SABRINA = "salariee@demo.toitcommun.coop";

    private final Meetings meetings;
    private final Agendas agendas;
    private final Convocations convocations;
    private final Deliberations deliberations;
    private final MinutesBook minutes;
    private final Entities entities;
    private final People people;
    private final HouseClock calendar;
    private final FirstHouseWork firstHouse;

    DemoMeetings(FirstHouseWork firstHouse, Meetings meetings, Agendas agendas, Convocations convocations, Deliberations deliberations, MinutesBook minutes,
                 Entities entities, People people, HouseClock calendar) {
        this.firstHouse = firstHouse;
        this.meetings = meetings;
        this.agendas = agendas;
        this.convocations = convocations;
        this.deliberations = deliberations;
        this.minutes = minutes;
        this.entities = entities;
        this.people = people;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstHouse.inTransaction(this::load);
    }

    private void load() {
        LegalEntity scic = entities.findByName(DemoGovernance.SCIC).orElse(null);
        if (scic == null) {
            return;
        }
        Body assembly = body(scic, BodyKind.GENERAL_ASSEMBLY);
        Body board = body(scic, BodyKind.BOARD);
        if (!meetings.ofBody(assembly.id()).isEmpty()) {
            return;
        }
        long nadia = person(NADIA);
        long martine = person(MARTINE);
        pastAssembly(assembly, nadia, martine);
        comingBoard(board, nadia, martine);
        LOG.info("Demo meetings: a past general assembly with signed minutes, a coming board meeting");
    }

    private void pastAssembly(Body assembly, long nadia, long martine) {
        LocalDate day = calendar.today().minusMonths(2);
        Meeting meeting = meetings.create(nadia, new NewMeeting(assembly.id(), MeetingType.ORDINARY_GA, null,
            "Assemblée générale ordinaire " + day.getYear(), LocalDateTime.of(day, LocalTime.of(18, 0)), 150, MeetingFormat.IN_PERSON,
            "Grande salle, 12 rue des Mineurs, 62300 Lens", null, null, martine, nadia));
        AgendaItem report = agendas.add(nadia, meeting.id(), new NewAgendaItem("Rapport d’activité et avancée du projet coopératif",
            "Ce que la maison a accueilli cette année, et comment le projet coopératif a avancé.", AgendaItemKind.INFORMATION, martine, 40,
            null, null, null, false));
        AgendaItem accounts = agendas.add(nadia, meeting.id(), new NewAgendaItem("Approbation des comptes de l’exercice",
            "Comptes présentés par le trésorier.", AgendaItemKind.DECISION, person("cofondateur@demo.toitcommun.coop"), 30,
            "L’assemblée générale approuve les comptes de l’exercice clos le 31 décembre, tels qu’ils lui ont été présentés.",
            null, null, false));
        AgendaItem result = agendas.add(nadia, meeting.id(), new NewAgendaItem("Affectation du résultat", "",
            AgendaItemKind.DECISION, person("cofondateur@demo.toitcommun.coop"), 20,
            "L’assemblée générale affecte l’excédent de l’exercice pour 15 % à la réserve légale et pour le reste à la réserve statutaire.",
            null, null, false));
        AgendaItem hours = agendas.add(nadia, meeting.id(), new NewAgendaItem("Horaires d’ouverture du samedi",
            "Proposition des usagers d’ouvrir le samedi après-midi.", AgendaItemKind.DISCUSSION, null, 20, null, null, null, false));
        convocations.recordSent(nadia, meeting.id(), "%PDF-1.4 convocation envoyée par courrier".getBytes(StandardCharsets.US_ASCII),
            meeting.start().minusDays(20).atZone(calendar.zone()).toInstant());

        Map<String, Participant> byName = new HashMap<>();
        deliberations.participants(meeting.id()).forEach(p -> byName.put(p.name(), p));
        List<AttendanceEntry> sheet = new ArrayList<>();
        for (String present : List.of("Martine Delattre", "Bernard Lefort", "Sabrina Kaci", "Jules Caron", DemoGovernance.PUBLIC_BODY)) {
            sheet.add(new AttendanceEntry(byName.get(present).id(), Attendance.PRESENT, null));
        }
        sheet.add(new AttendanceEntry(byName.get("Vestali").id(), Attendance.REPRESENTED, byName.get("Martine Delattre").id()));
        sheet.add(new AttendanceEntry(byName.get("Cliss XXI").id(), Attendance.REPRESENTED, byName.get("Bernard Lefort").id()));
        sheet.add(new AttendanceEntry(byName.get("Les Cousalis").id(), Attendance.EXCUSED, null));
        deliberations.recordAttendance(nadia, meeting.id(), sheet);
        deliberations.recordVotes(nadia, accounts.id(), List.of(new CollegeCount("Fondateurs", null, 3, 0, 0),
            new CollegeCount("Salariés", null, 1, 0, 0), new CollegeCount("Usagers", null, 2, 0, 0),
            new CollegeCount("Partenaires", null, 0, 0, 1)));
        deliberations.recordVotes(nadia, result.id(), List.of(new CollegeCount("Fondateurs", null, 2, 1, 0),
            new CollegeCount("Salariés", null, 1, 0, 0), new CollegeCount("Usagers", null, 1, 1, 0),
            new CollegeCount("Partenaires", null, 1, 0, 0)));
        minutes.saveDraft(nadia, meeting.id(), "Les associés ont salué l’ouverture de l’épicerie solidaire et discuté des horaires du samedi.",
            Map.of(report.id(), "Martine Delattre présente l’année : 31 structures accueillies, l’épicerie solidaire ouverte au printemps.",
                accounts.id(), "Bernard Lefort présente les comptes ; pas de question.",
                result.id(), "Débat sur la part mise en réserve ; la proposition du conseil est retenue.",
                hours.id(), "Les usagers proposent d’ouvrir le samedi après-midi ; le conseil étudiera le coût."),
            Set.of(hours.id()));
        minutes.sign(nadia, meeting.id(), DemoAccounts.PASSWORD, "127.0.0.1");
        minutes.sign(martine, meeting.id(), DemoAccounts.PASSWORD, "127.0.0.1");
    }

    private void comingBoard(Body board, long nadia, long martine) {
        LocalDate day = calendar.today().plusDays(12);
        Meeting meeting = meetings.create(nadia, new NewMeeting(board.id(), MeetingType.BOARD, null, "Conseil coopératif de rentrée",
            LocalDateTime.of(day, LocalTime.of(18, 30)), 120, MeetingFormat.IN_PERSON,
            "Bureau du rez-de-chaussée, 12 rue des Mineurs, 62300 Lens", null, null, martine, nadia));
        agendas.add(nadia, meeting.id(), new NewAgendaItem("Point sur les travaux de la toiture", "Devis reçus et calendrier.",
            AgendaItemKind.INFORMATION, martine, 20, null, null, null, false));
        agendas.add(nadia, meeting.id(), new NewAgendaItem("Budget de l’an prochain", "Premier jet du budget à présenter à l’assemblée.",
            AgendaItemKind.DECISION, person("cofondateur@demo.toitcommun.coop"), 40,
            "Le conseil coopératif arrête le projet de budget présenté et le soumet à l’assemblée générale.", null, null, false));
        agendas.propose(person(SABRINA), meeting.id(), "Horaires d’ouverture du samedi",
            "Reprendre le point laissé en suspens par l’assemblée générale.");
    }

    private Body body(LegalEntity entity, BodyKind kind) {
        return entities.bodies(entity.id()).stream().filter(b -> b.kind() == kind).findFirst().orElseThrow();
    }

    private long person(String email) {
        return people.findByEmail(email).orElseThrow().id();
    }
}
