package coop.toitcommun.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@PostgresTest
class MeetingsIT {

    private static final String PASSWORD = GovernanceFixtures.PASSWORD;
    private static final String ADDRESS = "192.0.2.10";

    private static final byte[] PDF = "%PDF-1.4 convocation".getBytes(StandardCharsets.US_ASCII);

    @Autowired Meetings meetings;
    @Autowired Agendas agendas;
    @Autowired Convocations convocations;
    @Autowired Deliberations deliberations;
    @Autowired MinutesBook minutesBook;
    @Autowired Entities entities;
    @Autowired Mandates mandates;
    @Autowired Registers registers;
    @Autowired HouseClock calendar;
    @Autowired GovernanceFixtures fixtures;
    @Autowired JdbcClient jdbc;

    private record Scic(LegalEntity entity, Body board, Body assembly, PersonRef chair, PersonRef secretary,
                        List<PersonRef> founders, List<PersonRef> users) {
    }

    /** A SCIC with two colleges at 50 % each: three founders, two users; at most one proxy per holder. */
    private Scic scic() {
        LocalDate today = calendar.today();
        LegalEntity entity = fixtures.entity(LegalForm.SCIC_SAS);
        entities.updateSettings(fixtures.admin(), entity.id(), new EntitySettings(1, EnumSet.of(MeetingMode.IN_PERSON, MeetingMode.VIDEO,
            MeetingMode.WRITTEN_CONSULTATION), EmptyCollegeRule.SHARE_PRO_RATA, SciVotes.PER_SHARE));
        List<College> colleges = entities.setColleges(fixtures.admin(), entity.id(), List.of(new CollegeWeight("Fondateurs", new BigDecimal("50")),
            new CollegeWeight("Usagers", new BigDecimal("50"))));
        Body board = entities.addBody(fixtures.admin(), entity.id(), BodyKind.BOARD, "Conseil");
        Body assembly = entities.addBody(fixtures.admin(), entity.id(), BodyKind.GENERAL_ASSEMBLY, "Assemblée");
        List<PersonRef> founders = List.of(fixtures.signer("Fondatrice 1"), fixtures.person("Fondateur 2"), fixtures.person("Fondatrice 3"));
        List<PersonRef> users = List.of(fixtures.signer("Usager 1"), fixtures.person("Usagère 2"));
        founders.forEach(p -> registers.admit(fixtures.admin(), entity.id(), Holder.person(p.id()), AssociateCategory.VOLUNTEER, colleges.get(0).id(), today.minusYears(1)));
        users.forEach(p -> registers.admit(fixtures.admin(), entity.id(), Holder.person(p.id()), AssociateCategory.BENEFICIARY, colleges.get(1).id(), today.minusYears(1)));
        mandates.appoint(fixtures.admin(), board.entityId(), board.id(), founders.get(0).id(), null, MandateRole.CHAIR, today.minusYears(1), today.plusYears(2));
        mandates.appoint(fixtures.admin(), board.entityId(), board.id(), users.get(0).id(), null, MandateRole.SECRETARY, today.minusYears(1), today.plusYears(2));
        return new Scic(entity, board, assembly, founders.get(0), users.get(0), founders, users);
    }

    private Meeting assembly(Scic scic, int daysAhead) {
        return meetings.create(scic.chair().id(), new NewMeeting(scic.assembly().id(), MeetingType.ORDINARY_GA, null, "AG ordinaire",
            LocalDateTime.of(calendar.today().plusDays(daysAhead), java.time.LocalTime.of(18, 0)), 120, MeetingFormat.IN_PERSON,
            "12 rue des Mineurs, Lens", null, null, scic.chair().id(), scic.secretary().id()));
    }

    @Test
    void thoseWhoPrepareAMeetingMoveItIntoTheFutureAndTheMoveIsInTheAuditTrail() {
        Scic scic = scic();
        Meeting meeting = assembly(scic, 40);
        LocalDateTime later = meeting.start().plusDays(7).withHour(10);

        assertThatThrownBy(() -> meetings.move(scic.users().get(1).id(), meeting.id(), later, 90))
            .as("without a mandate that runs the entity").isInstanceOf(MeetingAccessDeniedException.class);
        assertThatThrownBy(() -> meetings.move(scic.chair().id(), meeting.id(), calendar.today().minusDays(1).atTime(10, 0), 90))
            .isInstanceOfSatisfying(MeetingException.class, e -> assertThat(e.reason()).isEqualTo("moveToThePast"));
        assertThatThrownBy(() -> meetings.move(scic.chair().id(), meeting.id(), later, 2))
            .isInstanceOfSatisfying(MeetingException.class, e -> assertThat(e.reason()).isEqualTo("durationInvalid"));
        assertThat(meetings.get(meeting.id()).start()).isEqualTo(meeting.start());

        Meeting moved = meetings.move(scic.chair().id(), meeting.id(), later, 90);
        assertThat(moved.start()).isEqualTo(later);
        assertThat(moved.durationMinutes()).isEqualTo(90);
        assertThat(jdbc.sql("""
                SELECT actor_id || ' ' || before_value || ' → ' || after_value FROM membership.audit_entry
                 WHERE module = 'governance' AND action = 'MEETING_MOVED' AND subject_kind = 'meeting' AND subject_id = :meeting""")
            .param("meeting", meeting.id()).query(String.class).list())
            .containsExactly(scic.chair().id() + " " + meeting.start().toLocalDate() + " 18:00 (120 min) → " + later.toLocalDate()
                + " 10:00 (90 min)");

        meetings.cancel(scic.chair().id(), meeting.id(), "Salle indisponible");
        assertThatThrownBy(() -> meetings.move(scic.chair().id(), meeting.id(), later.plusDays(1), 90))
            .isInstanceOfSatisfying(MeetingException.class, e -> assertThat(e.reason()).isEqualTo("meetingCancelled"));
    }

    private static AgendaItem decision(Agendas agendas, long actor, long meetingId, String title) {
        return agendas.add(actor, meetingId, new NewAgendaItem(title, "", AgendaItemKind.DECISION, actor, 15,
            "L’assemblée approuve « " + title + " ».", null, null, false));
    }

    @Test
    void onlyCurrentMandateHoldersPrepareAMeeting() {
        Scic scic = scic();
        PersonRef outsider = fixtures.person("Sans mandat");
        Mandate ended = mandates.appoint(fixtures.admin(), scic.entity().id(), scic.board().id(), outsider.id(), null, MandateRole.DIRECTOR, calendar.today().minusYears(2),
            calendar.today().plusYears(1));
        mandates.end(fixtures.admin(), scic.entity().id(), ended.id(), calendar.today().minusDays(1));

        assertThatThrownBy(() -> meetings.create(outsider.id(), new NewMeeting(scic.board().id(), MeetingType.BOARD, null, "Conseil",
            LocalDateTime.now().plusDays(10), 60, MeetingFormat.IN_PERSON, "Lens", null, null, scic.chair().id(), scic.secretary().id())))
            .isInstanceOf(MeetingAccessDeniedException.class);
        Meeting meeting = assembly(scic, 20);
        assertThat(meetings.mayPrepare(outsider.id(), meeting)).isFalse();
        assertThatThrownBy(() -> agendas.add(outsider.id(), meeting.id(), new NewAgendaItem("Point", "", AgendaItemKind.INFORMATION,
            null, 5, null, null, null, false))).isInstanceOf(MeetingAccessDeniedException.class);
        assertThat(meetings.mayView(scic.users().get(1).id(), meeting)).as("an associate is convened").isTrue();
        assertThat(meetings.toPrepare(scic.chair().id())).extracting(Meeting::id).contains(meeting.id());
    }

    @Test
    void aCancelledMeetingKeepsItsReasonLeavesTheListsAndTakesNoMoreChanges() {
        Scic scic = scic();
        Meeting meeting = assembly(scic, 25);
        long chair = scic.chair().id();

        assertThatThrownBy(() -> meetings.cancel(scic.users().get(1).id(), meeting.id(), "Pas d’avis"))
            .isInstanceOf(MeetingAccessDeniedException.class);
        assertThatThrownBy(() -> meetings.cancel(chair, meeting.id(), " "))
            .isInstanceOfSatisfying(MeetingException.class, e -> assertThat(e.reason()).isEqualTo("cancelReasonMissing"));

        Meeting cancelled = meetings.cancel(chair, meeting.id(), "Salle inondée");
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.cancelReason()).isEqualTo("Salle inondée");
        assertThat(meetings.toPrepare(chair)).extracting(Meeting::id).doesNotContain(meeting.id());
        assertThat(meetings.of(chair).toPrepare()).noneMatch(p -> p.meeting().id() == meeting.id());
        assertThatThrownBy(() -> decision(agendas, chair, meeting.id(), "Budget"))
            .isInstanceOfSatisfying(MeetingException.class, e -> assertThat(e.reason()).isEqualTo("meetingCancelled"));
        assertThatThrownBy(() -> meetings.cancel(chair, meeting.id(), "Encore"))
            .isInstanceOfSatisfying(MeetingException.class, e -> assertThat(e.reason()).isEqualTo("meetingCancelled"));
    }

    @Test
    void aPageNeverReachesAnotherMeetingsItemOrProposal() {
        Scic scic = scic();
        long chair = scic.chair().id();
        Meeting first = assembly(scic, 20);
        Meeting second = assembly(scic, 40);
        AgendaItem item = decision(agendas, chair, first.id(), "Comptes");
        Proposal proposal = agendas.propose(scic.users().get(1).id(), first.id(), "Horaires", "");

        assertThatThrownBy(() -> agendas.move(chair, second.id(), item.id(), 1)).isInstanceOf(GovernanceNotFoundException.class);
        assertThatThrownBy(() -> agendas.remove(chair, second.id(), item.id())).isInstanceOf(GovernanceNotFoundException.class);
        assertThatThrownBy(() -> agendas.attach(chair, second.id(), item.id(), "a.pdf", "application/pdf", 4, "key"))
            .isInstanceOf(GovernanceNotFoundException.class);
        assertThatThrownBy(() -> agendas.accept(chair, second.id(), proposal.id())).isInstanceOf(GovernanceNotFoundException.class);
        assertThatThrownBy(() -> agendas.decline(chair, second.id(), proposal.id(), "Non")).isInstanceOf(GovernanceNotFoundException.class);
        assertThat(agendas.items(first.id())).extracting(AgendaItem::id).containsExactly(item.id());
        assertThat(agendas.proposals(first.id())).extracting(Proposal::status).containsExactly(ProposalStatus.PENDING);
    }

    @Test
    void agendaItemsAreReorderedAndProposalsAcceptedOrDeclined() {
        Scic scic = scic();
        Meeting meeting = assembly(scic, 20);
        long chair = scic.chair().id();
        AgendaItem report = agendas.add(chair, meeting.id(), new NewAgendaItem("Rapport d’activité", "", AgendaItemKind.INFORMATION,
            chair, 20, null, null, null, false));
        AgendaItem accounts = decision(agendas, chair, meeting.id(), "Approbation des comptes");
        assertThat(accounts.resolution().majority()).as("from the statutes").isEqualTo(Majority.SIMPLE);

        agendas.move(chair, accounts.meetingId(), accounts.id(), -1);
        assertThat(agendas.items(meeting.id())).extracting(AgendaItem::title).containsExactly("Approbation des comptes", "Rapport d’activité");
        agendas.move(chair, accounts.meetingId(), accounts.id(), -1);
        assertThat(agendas.items(meeting.id())).extracting(AgendaItem::position).containsExactly(1, 2);

        PersonRef associate = scic.users().get(1);
        Proposal wanted = agendas.propose(associate.id(), meeting.id(), "Horaires du café", "Ouvrir le samedi");
        Proposal other = agendas.propose(associate.id(), meeting.id(), "Couleur des murs", "");
        assertThatThrownBy(() -> agendas.accept(associate.id(), wanted.meetingId(), wanted.id())).isInstanceOf(MeetingAccessDeniedException.class);
        AgendaItem accepted = agendas.accept(chair, wanted.meetingId(), wanted.id());
        assertThat(accepted.position()).isEqualTo(3);
        assertThat(accepted.presenterName()).isEqualTo(associate.displayName());
        assertThatThrownBy(() -> agendas.decline(chair, other.meetingId(), other.id(), " ")).isInstanceOf(MeetingException.class);
        agendas.decline(chair, other.meetingId(), other.id(), "Relève du conseil");
        assertThat(agendas.proposalsBy(associate.id())).extracting(Proposal::status)
            .containsExactlyInAnyOrder(ProposalStatus.ACCEPTED, ProposalStatus.DECLINED);
        agendas.remove(chair, report.meetingId(), report.id());
        assertThat(agendas.items(meeting.id())).extracting(AgendaItem::position).containsExactly(1, 2);
    }

    @Test
    void eachItemComesWithItsOwnDocumentsInTheOrderTheyWereAttached() {
        Scic scic = scic();
        Meeting meeting = assembly(scic, 20);
        long chair = scic.chair().id();
        AgendaItem accounts = decision(agendas, chair, meeting.id(), "Approbation des comptes");
        AgendaItem report = agendas.add(chair, meeting.id(), new NewAgendaItem("Rapport moral", "", AgendaItemKind.INFORMATION,
            scic.secretary().id(), 10, null, null, null, false));
        AgendaItem budget = decision(agendas, chair, meeting.id(), "Budget");
        agendas.attach(chair, meeting.id(), accounts.id(), "bilan.pdf", "application/pdf", 10, "k1");
        agendas.attach(chair, meeting.id(), budget.id(), "budget.pdf", "application/pdf", 20, "k2");
        agendas.attach(chair, meeting.id(), accounts.id(), "annexe.pdf", "application/pdf", 30, "k3");

        List<AgendaItem> items = agendas.items(meeting);

        assertThat(items).extracting(AgendaItem::title).containsExactly("Approbation des comptes", "Rapport moral", "Budget");
        assertThat(items.get(0).documents()).extracting(AgendaDocument::fileName).containsExactly("bilan.pdf", "annexe.pdf");
        assertThat(items.get(1).documents()).isEmpty();
        assertThat(items.get(2).documents()).extracting(AgendaDocument::storageKey).containsExactly("k2");
        assertThat(items.get(0).resolution().text()).contains("Approbation des comptes");
        assertThat(items.get(1).presenterName()).isEqualTo(scic.secretary().displayName());
        assertThat(agendas.items(meeting.id())).isEqualTo(items);
    }

    @Test
    void aGeneralAssemblyConvenedTooLateIsRefusedAndABoardMeetingOnlyMarkedLate() {
        Scic scic = scic();
        Meeting tooSoon = assembly(scic, 10);
        decision(agendas, scic.chair().id(), tooSoon.id(), "Comptes");
        assertThatThrownBy(() -> convocations.convene(scic.chair().id(), tooSoon.id(), PDF))
            .isInstanceOfSatisfying(MeetingException.class, e -> assertThat(e.reason()).isEqualTo("noticeTooLate"));
        assertThat(convocations.find(tooSoon.id())).isEmpty();

        Meeting board = meetings.create(scic.chair().id(), new NewMeeting(scic.board().id(), MeetingType.BOARD, null, "Conseil",
            LocalDateTime.of(calendar.today().plusDays(3), java.time.LocalTime.of(18, 0)), 60, MeetingFormat.VIDEO, null,
            "https://visio.example.org/conseil", null, scic.chair().id(), scic.secretary().id()));
        agendas.add(scic.chair().id(), board.id(), new NewAgendaItem("Point", "", AgendaItemKind.DISCUSSION, null, 10, null, null, null, false));
        Convocation late = convocations.convene(scic.chair().id(), board.id(), PDF);
        assertThat(late.late()).isTrue();
        assertThat(late.recipients()).extracting(Convocation.Recipient::email)
            .containsExactlyInAnyOrder(scic.chair().email(), scic.secretary().email());
        assertThat(deliberations.participants(board.id())).hasSize(2);
    }

    @Test
    void attendanceProxiesQuorumWeightedVotesSignedMinutesAndErratum() throws Exception {
        Scic scic = scic();
        Meeting meeting = assembly(scic, 20);
        long chair = scic.chair().id();
        AgendaItem accounts = decision(agendas, chair, meeting.id(), "Approbation des comptes");
        Convocation convocation = convocations.convene(chair, meeting.id(), PDF);
        assertThat(convocation.late()).isFalse();
        assertThat(convocation.recipients()).hasSize(5);
        assertThat(convocation.pdfSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));

        Map<String, Participant> byName = new java.util.HashMap<>();
        deliberations.participants(meeting.id()).forEach(p -> byName.put(p.name(), p));
        Participant f1 = byName.get("Fondatrice 1");
        Participant f2 = byName.get("Fondateur 2");
        Participant f3 = byName.get("Fondatrice 3");
        Participant u1 = byName.get("Usager 1");
        Participant u2 = byName.get("Usagère 2");
        // one proxy per holder: Fondatrice 1 cannot hold two
        assertThatThrownBy(() -> deliberations.recordAttendance(chair, meeting.id(), List.of(
            new AttendanceEntry(f1.id(), Attendance.PRESENT, null), new AttendanceEntry(f2.id(), Attendance.REPRESENTED, f1.id()),
            new AttendanceEntry(f3.id(), Attendance.REPRESENTED, f1.id()))))
            .isInstanceOfSatisfying(MeetingException.class, e -> assertThat(e.reason()).isEqualTo("proxyCap"));
        // a holder must be present
        assertThatThrownBy(() -> deliberations.recordAttendance(chair, meeting.id(), List.of(
            new AttendanceEntry(u2.id(), Attendance.REPRESENTED, u1.id()), new AttendanceEntry(u1.id(), Attendance.EXCUSED, null))))
            .isInstanceOfSatisfying(MeetingException.class, e -> assertThat(e.reason()).isEqualTo("proxyHolderNotPresent"));
        assertThatThrownBy(() -> deliberations.recordVotes(chair, accounts.id(), List.of(new CollegeCount("Fondateurs", null, 1, 0, 0))))
            .as("nobody present yet: no quorum").isInstanceOfSatisfying(MeetingException.class, e -> assertThat(e.reason()).isEqualTo("quorumNotReached"));

        deliberations.recordAttendance(chair, meeting.id(), List.of(
            new AttendanceEntry(f1.id(), Attendance.PRESENT, null), new AttendanceEntry(f2.id(), Attendance.REPRESENTED, f1.id()),
            new AttendanceEntry(f3.id(), Attendance.EXCUSED, null), new AttendanceEntry(u1.id(), Attendance.PRESENT, null),
            new AttendanceEntry(u2.id(), Attendance.ABSENT, null)));
        QuorumOutcome quorum = deliberations.quorum(meeting);
        assertThat(quorum.present()).isEqualTo(3);
        assertThat(quorum.total()).isEqualTo(5);
        assertThat(quorum.needed()).isEqualTo(1);
        assertThat(quorum.reached()).isTrue();

        assertThatThrownBy(() -> deliberations.recordVotes(chair, accounts.id(), List.of(new CollegeCount("Usagers", null, 2, 0, 0))))
            .as("one user present").isInstanceOfSatisfying(MeetingException.class, e -> assertThat(e.reason()).isEqualTo("tooManyVotes"));
        // founders 2 for of 2, users 0 for of 1: 50 % × 1 + 50 % × 0 = 50 %, a tie: rejected
        deliberations.recordVotes(chair, accounts.id(), List.of(new CollegeCount("Fondateurs", null, 2, 0, 0),
            new CollegeCount("Usagers", null, 0, 1, 0)));
        VoteOutcome outcome = deliberations.outcomes(meeting).get(accounts.id());
        assertThat(outcome.resultPct()).isEqualByComparingTo("50");
        assertThat(outcome.adopted()).isFalse();
        // corrected count: users abstain, their college's weight goes to the founders: 100 % × 2/2
        deliberations.recordVotes(chair, accounts.id(), List.of(new CollegeCount("Fondateurs", null, 2, 0, 0),
            new CollegeCount("Usagers", null, 0, 0, 1)));
        assertThat(deliberations.outcomes(meeting).get(accounts.id()).adopted()).isTrue();

        minutesBook.saveDraft(chair, meeting.id(), "Débat serein.", Map.of(accounts.id(), "Les comptes sont présentés."), Set.of());
        assertThatThrownBy(() -> minutesBook.sign(scic.founders().get(1).id(), meeting.id(), PASSWORD, ADDRESS)).isInstanceOf(MeetingAccessDeniedException.class);
        Minutes half = minutesBook.sign(scic.secretary().id(), meeting.id(), PASSWORD, ADDRESS);
        assertThat(half.signed()).isFalse();
        Minutes signed = minutesBook.sign(chair, meeting.id(), PASSWORD, ADDRESS);
        assertThat(signed.signed()).isTrue();
        assertThat(signed.number()).isEqualTo(1);
        assertThat(signed.content()).contains("Approbation des comptes", "ADOPTED", "Fondateurs 50.00 % – for 2 – against 0 – abstain 0",
            "Les comptes sont présentés.", "proxy Fondatrice 1");
        assertThat(signed.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(signed.content().getBytes(StandardCharsets.UTF_8))));
        assertThat(minutesBook.register(scic.entity().id())).extracting(Minutes::meetingId).containsExactly(meeting.id());
        assertThat(jdbc.sql("""
                SELECT actor_id, after_value FROM membership.audit_entry
                 WHERE module = 'governance' AND action = 'MINUTES_SIGNED' AND subject_kind = 'minutes' AND subject_id = :meeting
                 ORDER BY id""").param("meeting", meeting.id())
            .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2)).list())
            .as("each signature is in the audit trail, the last one with the number and fingerprint")
            .containsExactly(scic.secretary().id() + " SECRETARY", chair + " CHAIR · n° 1 · " + signed.sha256());

        // through the services: refused
        assertThatThrownBy(() -> deliberations.recordVotes(chair, accounts.id(), List.of(new CollegeCount("Fondateurs", null, 0, 2, 0))))
            .isInstanceOfSatisfying(MeetingException.class, e -> assertThat(e.reason()).isEqualTo("minutesSigned"));
        assertThatThrownBy(() -> minutesBook.saveDraft(chair, meeting.id(), "Autre", Map.of(), Set.of()))
            .isInstanceOfSatisfying(MeetingException.class, e -> assertThat(e.reason()).isEqualTo("minutesSigned"));
        assertThatThrownBy(() -> agendas.move(chair, accounts.meetingId(), accounts.id(), 1)).isInstanceOf(MeetingException.class);
        // in the database: refused whoever asks
        assertThatThrownBy(() -> jdbc.sql("UPDATE governance.minutes SET debates = 'falsifié' WHERE meeting_id = :id")
            .param("id", meeting.id()).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("signed minutes");
        assertThatThrownBy(() -> jdbc.sql("UPDATE governance.vote_count SET votes_for = 0 WHERE item_id = :id")
            .param("id", accounts.id()).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("has signed minutes");
        assertThatThrownBy(() -> jdbc.sql("UPDATE governance.resolution SET text = 'autre' WHERE item_id = :id")
            .param("id", accounts.id()).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM governance.participant WHERE meeting_id = :id")
            .param("id", meeting.id()).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE governance.meeting SET title = 'autre' WHERE id = :id")
            .param("id", meeting.id()).update()).isInstanceOf(DataAccessException.class);
        assertThat(minutesBook.find(meeting.id()).orElseThrow().content()).isEqualTo(signed.content());

        assertThatThrownBy(() -> minutesBook.addErratum(scic.founders().get(2).id(), meeting.id(), "Erreur", PASSWORD, ADDRESS))
            .isInstanceOf(MeetingAccessDeniedException.class);
        Erratum erratum = minutesBook.addErratum(chair, meeting.id(), "Lire « 2 voix pour » au lieu de « deux ».", PASSWORD, ADDRESS);
        assertThat(erratum.sha256()).hasSize(64);
        assertThat(minutesBook.errata(meeting.id())).extracting(Erratum::signerName).containsExactly(scic.chair().displayName());
        assertThatThrownBy(() -> jdbc.sql("UPDATE governance.erratum SET text = 'x' WHERE id = :id").param("id", erratum.id()).update())
            .isInstanceOf(DataAccessException.class);

        // the next minutes of the same entity get number 2
        Meeting next = assembly(scic, 30);
        decision(agendas, chair, next.id(), "Budget");
        convocations.convene(chair, next.id(), PDF);
        minutesBook.sign(chair, next.id(), PASSWORD, ADDRESS);
        assertThat(minutesBook.sign(scic.secretary().id(), next.id(), PASSWORD, ADDRESS).number()).isEqualTo(2);
    }

    @Test
    void writtenConsultationAnswersCountUntilTheDeadline() {
        Scic scic = scic();
        long chair = scic.chair().id();
        LocalDateTime start = LocalDateTime.of(calendar.today().plusDays(16), java.time.LocalTime.of(9, 0));
        Meeting consultation = meetings.create(chair, new NewMeeting(scic.assembly().id(), MeetingType.ORDINARY_GA, null,
            "Consultation écrite", start, 60 * 24 * 1, MeetingFormat.WRITTEN_CONSULTATION, null, null, start.plusHours(20), chair,
            scic.secretary().id()));
        AgendaItem budget = decision(agendas, chair, consultation.id(), "Budget");
        convocations.convene(chair, consultation.id(), PDF);
        PersonRef user = scic.users().get(1);
        Participant mine = deliberations.answeringFor(user.id(), consultation.id()).get(0);
        deliberations.answer(user.id(), budget.id(), mine.id(), Answer.FOR);
        Participant founder = deliberations.answeringFor(scic.founders().get(1).id(), consultation.id()).get(0);
        deliberations.answer(scic.founders().get(1).id(), budget.id(), founder.id(), Answer.AGAINST);
        assertThatThrownBy(() -> deliberations.answer(user.id(), budget.id(), founder.id(), Answer.FOR))
            .isInstanceOf(MeetingAccessDeniedException.class);
        VoteOutcome outcome = deliberations.outcomes(consultation).get(budget.id());
        // 50 % × 0/1 (founders) + 50 % × 1/1 (users) = 50 % → rejected
        assertThat(outcome.counts()).extracting(CollegeCount::college, CollegeCount::votesFor, CollegeCount::votesAgainst)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Fondateurs", 0, 1), org.assertj.core.groups.Tuple.tuple("Usagers", 1, 0));
        assertThat(outcome.adopted()).isFalse();
    }

    @Test
    void aSecretWrittenConsultationRecordsThatEachAnsweredNeverWhat() {
        Scic scic = scic();
        long chair = scic.chair().id();
        LocalDateTime start = LocalDateTime.of(calendar.today().plusDays(16), java.time.LocalTime.of(9, 0));
        Meeting consultation = meetings.create(chair, new NewMeeting(scic.assembly().id(), MeetingType.ORDINARY_GA, null,
            "Consultation secrète", start, 60 * 24, MeetingFormat.WRITTEN_CONSULTATION, null, null, start.plusHours(20), chair,
            scic.secretary().id()));
        AgendaItem election = agendas.add(chair, consultation.id(), new NewAgendaItem("Élection", "", AgendaItemKind.DECISION, chair, 15,
            "L’assemblée élit Camille.", null, null, true));
        convocations.convene(chair, consultation.id(), PDF);
        PersonRef user = scic.users().get(1);
        PersonRef founder = scic.founders().get(1);
        Participant userParticipant = deliberations.answeringFor(user.id(), consultation.id()).get(0);
        Participant founderParticipant = deliberations.answeringFor(founder.id(), consultation.id()).get(0);

        deliberations.answer(user.id(), election.id(), userParticipant.id(), Answer.FOR);
        deliberations.answer(founder.id(), election.id(), founderParticipant.id(), Answer.AGAINST);
        assertThatThrownBy(() -> deliberations.answer(user.id(), election.id(), userParticipant.id(), Answer.AGAINST))
            .as("a secret answer cannot be found again, so it is never changed")
            .isInstanceOfSatisfying(MeetingException.class, e -> assertThat(e.reason()).isEqualTo("secretAlreadyAnswered"));

        VoteOutcome outcome = deliberations.outcomes(consultation).get(election.id());
        assertThat(outcome.counts()).extracting(CollegeCount::college, CollegeCount::votesFor, CollegeCount::votesAgainst)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Fondateurs", 0, 1), org.assertj.core.groups.Tuple.tuple("Usagers", 1, 0));
        assertThat(deliberations.answers(consultation.id()).get(election.id()))
            .as("who answered is known, what is not").containsOnlyKeys(userParticipant.id(), founderParticipant.id())
            .containsValues((Answer) null, (Answer) null);

        assertThat(jdbc.sql("SELECT count(*) FROM governance.written_answer WHERE item_id = :item").param("item", election.id())
            .query(Long.class).single()).as("no open answer for a secret resolution").isZero();
        assertThat(jdbc.sql("""
                SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c
                 WHERE c.table_schema = 'governance' AND c.table_name = 'secret_tally'
                   AND (c.column_name LIKE '%person%' OR c.column_name LIKE '%participant%' OR c.column_name LIKE '%answered%'
                        OR c.data_type LIKE 'timestamp%' OR c.data_type = 'date')""").query(String.class).list())
            .as("the ballot box has no column that names a person or dates an answer").isEmpty();
        assertThat(jdbc.sql("""
                SELECT c.column_name FROM information_schema.columns c
                 WHERE c.table_schema = 'governance' AND c.table_name = 'secret_answer_given' AND c.column_name LIKE '%answer'""")
            .query(String.class).list()).as("the register of who answered holds no answer").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM governance.secret_tally WHERE item_id = :item").param("item", election.id())
            .query(Long.class).single()).as("one counter per college, not one row per answer").isEqualTo(2);
        long secretary = participantOf(consultation, scic.users().get(0));
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO governance.written_answer (item_id, participant_id, meeting_id, answer, answered_by, answered_at)
                VALUES (:item, :participant, :meeting, 'FOR', :person, now())""")
            .param("item", election.id()).param("participant", secretary)
            .param("meeting", consultation.id()).param("person", scic.users().get(0).id()).update())
            .as("the database refuses an open answer to a secret resolution").isInstanceOf(DataAccessException.class)
            .hasStackTraceContaining("is secret");
    }

    private long participantOf(Meeting meeting, PersonRef person) {
        return deliberations.answeringFor(person.id(), meeting.id()).get(0).id();
    }

    @Test
    void theApprovalOfThePreviousMinutesIsSuggestedOnlyOnceThePreviousMeetingIsOver() {
        Scic scic = scic();
        Meeting coming = assembly(scic, 20);
        Meeting next = assembly(scic, 40);
        assertThat(agendas.suggestions(next.id())).as("the previous assembly is not held yet")
            .noneMatch(Suggestion::approvesMinutes);

        jdbc.sql("UPDATE governance.meeting SET starts_at = starts_at - interval '30 days' WHERE id = :id")
            .param("id", coming.id()).update();

        assertThat(agendas.suggestions(next.id())).filteredOn(Suggestion::approvesMinutes)
            .extracting(Suggestion::previousMeetingId).containsExactly(coming.id());
    }
}
