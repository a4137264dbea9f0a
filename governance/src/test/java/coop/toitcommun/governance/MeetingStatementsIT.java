package coop.toitcommun.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.testsupport.PostgresTest;
import coop.toitcommun.testsupport.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** What a meeting's pages read (agenda, participants, quorum, outcomes, minutes) costs as many statements for 2 items as for 12. */
@SpringBootTest
@PostgresTest
class MeetingStatementsIT {

    @TestConfiguration
    static class Counting {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired StatementCounter statements;
    @Autowired Meetings meetings;
    @Autowired Agendas agendas;
    @Autowired Convocations convocations;
    @Autowired Deliberations deliberations;
    @Autowired MinutesBook minutesBook;
    @Autowired Entities entities;
    @Autowired Registers registers;
    @Autowired Mandates mandates;
    @Autowired HouseClock calendar;
    @Autowired GovernanceFixtures fixtures;

    @Test
    void readingAMeetingIsBoundedWhateverItsSize() {
        long small = meeting(2, 3);
        long large = meeting(12, 15);
        assertThat(read(large)).isEqualTo(read(small));
    }

    private long read(long meetingId) {
        long before = statements.count();
        Meeting meeting = meetings.get(meetingId);
        agendas.items(meetingId);
        agendas.proposals(meetingId);
        List<Participant> participants = deliberations.participants(meetingId);
        deliberations.quorum(meeting, participants);
        deliberations.ballots(meeting, participants);
        deliberations.outcomes(meeting);
        convocations.find(meetingId);
        minutesBook.find(meetingId);
        minutesBook.errata(meetingId);
        return statements.count() - before;
    }

    /** A SCIC assembly with {@code items} decisions (each with a document and votes) and {@code associates} associates. */
    private long meeting(int items, int associates) {
        LocalDate today = calendar.today();
        LegalEntity scic = fixtures.entity(LegalForm.SCIC_SAS);
        List<College> colleges = entities.setColleges(fixtures.admin(), scic.id(), List.of(new CollegeWeight("A", new BigDecimal("50")),
            new CollegeWeight("B", new BigDecimal("50"))));
        Body board = entities.addBody(fixtures.admin(), scic.id(), BodyKind.BOARD, "Conseil");
        Body assembly = entities.addBody(fixtures.admin(), scic.id(), BodyKind.GENERAL_ASSEMBLY, "Assemblée");
        PersonRef chair = fixtures.person("Présidente");
        mandates.appoint(fixtures.admin(), board.entityId(), board.id(), chair.id(), null, MandateRole.CHAIR, today.minusYears(1), today.plusYears(1));
        for (int i = 0; i < associates; i++) {
            PersonRef associate = i == 0 ? chair : fixtures.person("Associé " + i);
            registers.admit(fixtures.admin(), scic.id(), Holder.person(associate.id()), AssociateCategory.VOLUNTEER, colleges.get(i % 2).id(), today.minusYears(1));
        }
        Meeting meeting = meetings.create(chair.id(), new NewMeeting(assembly.id(), MeetingType.ORDINARY_GA, null, "AG",
            LocalDateTime.of(today.plusDays(20), LocalTime.of(18, 0)), 120, MeetingFormat.IN_PERSON, "Lens", null, null,
            chair.id(), chair.id()));
        for (int i = 0; i < items; i++) {
            AgendaItem item = agendas.add(chair.id(), meeting.id(), new NewAgendaItem("Point " + i, "", AgendaItemKind.DECISION,
                chair.id(), 5, "Résolution " + i, null, null, false));
            agendas.attach(chair.id(), meeting.id(), item.id(), "doc-" + i + ".pdf", "application/pdf", 100, UUID.randomUUID().toString());
            agendas.propose(chair.id(), meeting.id(), "Proposition " + i, "");
        }
        convocations.convene(chair.id(), meeting.id(), new byte[] {'%', 'P', 'D', 'F'});
        deliberations.recordAttendance(chair.id(), meeting.id(), deliberations.participants(meeting.id()).stream()
            .map(p -> new AttendanceEntry(p.id(), Attendance.PRESENT, null)).toList());
        for (AgendaItem item : agendas.items(meeting.id())) {
            deliberations.recordVotes(chair.id(), item.id(), List.of(new CollegeCount("A", null, 1, 0, 0), new CollegeCount("B", null, 1, 0, 0)));
        }
        return meeting.id();
    }
}
