package coop.toitcommun.governance;

import static coop.toitcommun.governance.GovernanceFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import coop.toitcommun.governance.RegisterException.Reason;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.membership.Role;
import coop.toitcommun.membership.TooManyAttemptsException;
import coop.toitcommun.membership.TwoStep;
import coop.toitcommun.membership.WrongPasswordException;
import coop.toitcommun.testsupport.PostgresTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The governance module refuses by itself, without any web layer: whoever does not run an entity changes nothing
 * of it, a form cannot reach another entity's register, what is confidential is read only by those it is for (the
 * register's details, a body's board), and the rules once kept by the pages hold here.
 */
@SpringBootTest
@PostgresTest
class EntityRightsIT {

    @Autowired Registers registers;
    @Autowired Entities entities;
    @Autowired Mandates mandates;
    @Autowired Deadlines deadlines;
    @Autowired Meetings meetings;
    @Autowired Agendas agendas;
    @Autowired Convocations convocations;
    @Autowired MinutesBook minutesBook;
    @Autowired EntityRights rights;
    @Autowired Boards boards;
    @Autowired TwoStep twoStep;
    @Autowired Accounts accounts;
    @Autowired HouseClock calendar;
    @Autowired GovernanceFixtures fixtures;

    private record Setup(LegalEntity entity, Body board, Actor director, Associate associate, Mandate mandate) {
    }

    /** A SCIC whose board has one director, one associate holding ten shares in its register. */
    private Setup scic() {
        LocalDate today = calendar.today();
        LegalEntity entity = fixtures.entity(LegalForm.SCIC_SAS);
        Body board = entities.addBody(fixtures.admin(), entity.id(), BodyKind.BOARD, "Conseil");
        PersonRef director = fixtures.person("Administratrice");
        Mandate mandate = mandates.appoint(fixtures.admin(), entity.id(), board.id(), director.id(), null, MandateRole.DIRECTOR,
            today.minusYears(1), today.plusYears(1));
        Associate associate = registers.admit(fixtures.admin(), entity.id(), Holder.person(fixtures.person("Associée").id()),
            AssociateCategory.EMPLOYEE, null, today.minusMonths(6));
        registers.subscribe(fixtures.admin(), entity.id(), new Subscription(associate.id(), 10, 100_000, today, today));
        return new Setup(entity, board, member(director), associate, mandate);
    }

    @Test
    void onlyThoseWhoRunTheEntityChangeIt() {
        Setup scic = scic();
        Actor outsider = member(fixtures.person("Sans mandat"));
        LocalDate today = calendar.today();
        long id = scic.entity().id();
        long associate = scic.associate().id();
        PersonRef newcomer = fixtures.person("Nouvelle");

        List<ThrowingCallable> changes = List.of(
            () -> registers.admit(outsider, id, Holder.person(newcomer.id()), AssociateCategory.VOLUNTEER, null, today),
            () -> registers.subscribe(outsider, id, new Subscription(associate, 1, 10_000, today, today)),
            () -> registers.requestRedemption(outsider, id, associate, 1, today),
            () -> registers.leave(outsider, id, associate, today, "Départ"),
            () -> registers.recordDues(outsider, id, associate, today.getYear(), 1_000, today),
            () -> entities.updateDetails(outsider, id, null, "Lens", "12-31", 10_000L),
            () -> entities.updateSettings(outsider, id, new EntitySettings(1, EnumSet.of(MeetingMode.IN_PERSON),
                EmptyCollegeRule.SHARE_PRO_RATA, SciVotes.PER_SHARE)),
            () -> entities.updateMeetingRule(outsider, id, DefaultMeetingRules.of(LegalForm.SCIC_SAS).get(0)),
            () -> entities.setColleges(outsider, id, List.of()),
            () -> entities.addBody(outsider, id, BodyKind.CUSTOM, "Commission"),
            () -> entities.relate(outsider, id, fixtures.entity(LegalForm.SCI).id(), RelationKind.OWNS_THE_BUILDING),
            () -> entities.unrelate(outsider, id, id, RelationKind.OWNS_THE_BUILDING),
            () -> entities.recordCooperativeRevision(outsider, id, today),
            () -> deadlines.markDone(outsider, id, 1, today),
            () -> mandates.appoint(outsider, id, scic.board().id(), newcomer.id(), null, MandateRole.DIRECTOR, today, null),
            () -> mandates.end(outsider, id, scic.mandate().id(), today),
            () -> entities.create(outsider, new NewEntity("Autre", LegalForm.ASSOCIATION, null, null, "12-31", null)));
        for (ThrowingCallable change : changes) {
            assertThatThrownBy(change).isInstanceOf(GovernanceAccessDeniedException.class);
        }
        assertThat(registers.associates(id)).hasSize(1);
        assertThat(mandates.find(scic.mandate().id()).orElseThrow().endsOn()).isEqualTo(scic.mandate().endsOn());

        assertThat(rights.mayManage(scic.director(), id)).isTrue();
        assertThatCode(() -> registers.recordDues(scic.director(), id, associate, today.getYear(), 1_000, today))
            .doesNotThrowAnyException();
    }

    @Test
    void aMandateGivesRightsOnItsOwnEntityOnlyAndOnlyWhileCurrent() {
        Setup first = scic();
        Setup second = scic();
        LocalDate today = calendar.today();

        assertThatThrownBy(() -> registers.recordDues(first.director(), second.entity().id(), second.associate().id(),
            today.getYear(), 1_000, today)).isInstanceOf(GovernanceAccessDeniedException.class);

        mandates.end(fixtures.admin(), first.entity().id(), first.mandate().id(), today.minusDays(1));
        assertThat(rights.mayManage(first.director(), first.entity().id())).as("an ended mandate grants nothing").isFalse();
        assertThatThrownBy(() -> entities.addBody(first.director(), first.entity().id(), BodyKind.CUSTOM, "Commission"))
            .isInstanceOf(GovernanceAccessDeniedException.class);
    }

    @Test
    void aFormCannotReachAnotherEntitysRegister() {
        Setup mine = scic();
        Setup other = scic();
        Actor director = mine.director();
        long id = mine.entity().id();
        long foreign = other.associate().id();
        LocalDate today = calendar.today();

        refused(() -> registers.subscribe(director, id, new Subscription(foreign, 1, 10_000, today, today)), Reason.UNKNOWN_ASSOCIATE);
        refused(() -> registers.requestRedemption(director, id, foreign, 1, today), Reason.UNKNOWN_ASSOCIATE);
        refused(() -> registers.leave(director, id, foreign, today, "Départ"), Reason.UNKNOWN_ASSOCIATE);
        refused(() -> registers.recordDues(director, id, foreign, today.getYear(), 1_000, today), Reason.UNKNOWN_ASSOCIATE);
        refused(() -> registers.transfer(director, id, new Transfer(mine.associate().id(), foreign, 1, "AG", today, today)),
            Reason.UNKNOWN_TRANSFEREE);
        refused(() -> mandates.appoint(director, id, other.board().id(), fixtures.person("X").id(), null, MandateRole.DIRECTOR,
            today, null), Reason.UNKNOWN_BODY);
        assertThatThrownBy(() -> mandates.end(director, id, other.mandate().id(), today))
            .isInstanceOf(GovernanceNotFoundException.class);
        assertThat(registers.register(other.entity().id(), today).lines()).singleElement()
            .satisfies(line -> assertThat(line.shares()).isEqualTo(10));
    }

    @Test
    void theRulesOnceKeptByThePagesHoldInTheModule() {
        Setup scic = scic();
        Actor director = scic.director();
        long id = scic.entity().id();
        long associate = scic.associate().id();
        LocalDate today = calendar.today();

        refused(() -> entities.updateDetails(director, id, null, "Lens", "12-31", null), Reason.NOMINAL_REQUIRED);
        refused(() -> entities.updateDetails(director, id, null, "Lens", "12-31", 0L), Reason.NOMINAL_REQUIRED);
        refused(() -> registers.subscribe(director, id, new Subscription(associate, 2, 20_001, today, today)), Reason.PAID_UP_TOO_HIGH);
        refused(() -> registers.subscribe(director, id, new Subscription(associate, 0, 0, today, today)), Reason.NOT_POSITIVE);
        refused(() -> registers.requestRedemption(director, id, associate, -1, today), Reason.NOT_POSITIVE);
        refused(() -> registers.admit(director, id, Holder.person(fixtures.person("Sans catégorie").id()), null, null, today),
            Reason.CATEGORY_REQUIRED);
        refused(() -> entities.addBody(director, id, BodyKind.CUSTOM, " conseil "), Reason.BODY_EXISTS);
        refused(() -> entities.relate(director, id, id, RelationKind.OWNS_THE_BUILDING), Reason.UNKNOWN_ENTITY);
        MeetingRule rule = DefaultMeetingRules.of(LegalForm.SCIC_SAS).get(0);
        refused(() -> entities.updateMeetingRule(director, id, new MeetingRule(rule.kind(), rule.quorumFirstPct(),
            rule.quorumSecondPct(), rule.quorumBasis(), Majority.CUSTOM, null, rule.noticeDays())), Reason.CUSTOM_MAJORITY_NEEDS_PERCENT);
        refused(() -> entities.updateMeetingRule(director, id, new MeetingRule(rule.kind(), rule.quorumFirstPct(),
            rule.quorumSecondPct(), QuorumBasis.SHARES, rule.majority(), rule.majorityPct(), rule.noticeDays())),
            Reason.SCIC_QUORUM_BY_SHARES);
        refused(() -> mandates.appoint(director, id, scic.board().id(), fixtures.person("Y").id(), null, MandateRole.DIRECTOR,
            today, today.minusDays(1)), Reason.ENDS_BEFORE_START);
        refused(() -> mandates.end(director, id, scic.mandate().id(), scic.mandate().startsOn().minusDays(1)),
            Reason.ENDS_BEFORE_START);

        entities.updateDetails(director, id, "123456789", "Lens", "06-30", 5_000L);
        assertThat(entities.get(id).shareNominalCents()).isEqualTo(5_000L);
        LegalEntity association = fixtures.entity(LegalForm.ASSOCIATION);
        entities.updateDetails(fixtures.admin(), association.id(), null, "Arras", "12-31", 5_000L);
        assertThat(entities.get(association.id()).shareNominalCents()).as("an association has no shares").isNull();
    }

    @Test
    void signingMinutesNeedsTheSignersOwnPasswordThrottled() {
        LocalDate today = calendar.today();
        LegalEntity entity = fixtures.entity(LegalForm.ASSOCIATION);
        Body board = entities.addBody(fixtures.admin(), entity.id(), BodyKind.BOARD, "Conseil");
        PersonRef chair = fixtures.signer("Présidente");
        mandates.appoint(fixtures.admin(), entity.id(), board.id(), chair.id(), null, MandateRole.CHAIR, today.minusYears(1), null);
        Meeting meeting = meetings.create(chair.id(), new NewMeeting(board.id(), MeetingType.BOARD, null, "Conseil",
            LocalDateTime.of(today.plusDays(20), LocalTime.of(18, 0)), 60, MeetingFormat.IN_PERSON, "Lens", null, null,
            chair.id(), chair.id()));
        agendas.add(chair.id(), meeting.id(), new NewAgendaItem("Point", "", AgendaItemKind.INFORMATION, null, 5, null, null,
            null, false));
        convocations.convene(chair.id(), meeting.id(), "%PDF-1.4 convocation".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> minutesBook.sign(chair.id(), meeting.id(), "pas le bon", "192.0.2.20"))
            .isInstanceOf(WrongPasswordException.class);
        assertThat(minutesBook.find(meeting.id()).map(Minutes::chairSignedAt)).as("nothing signed").isEmpty();
        Consumer<Integer> wrong = n -> assertThatThrownBy(() -> minutesBook.sign(chair.id(), meeting.id(), "faux " + n, "192.0.2.20"))
            .isInstanceOfAny(WrongPasswordException.class, TooManyAttemptsException.class);
        for (int i = 0; i < 6; i++) {
            wrong.accept(i);
        }
        assertThatThrownBy(() -> minutesBook.sign(chair.id(), meeting.id(), GovernanceFixtures.PASSWORD, "192.0.2.20"))
            .as("even the right password waits after too many wrong ones").isInstanceOf(TooManyAttemptsException.class);
        assertThat(minutesBook.sign(chair.id(), meeting.id(), GovernanceFixtures.PASSWORD, "192.0.2.21").signed()).isTrue();
    }

    @Test
    void theRegistersDetailsAreGivenToThoseWhoRunTheEntityOnly() {
        Setup scic = scic();
        LocalDate today = calendar.today();
        long id = scic.entity().id();
        Setup other = scic();

        assertThatThrownBy(() -> registers.registerToKeep(member(fixtures.person("Sans mandat")), id, today))
            .isInstanceOf(GovernanceAccessDeniedException.class);
        assertThatThrownBy(() -> registers.registerToKeep(other.director(), id, today))
            .as("running another entity gives nothing here").isInstanceOf(GovernanceAccessDeniedException.class);

        assertThat(registers.registerToKeep(scic.director(), id, today).lines()).singleElement()
            .satisfies(line -> assertThat(line.associate().id()).isEqualTo(scic.associate().id()));
        assertThat(registers.registerToKeep(fixtures.admin(), id, today).lines()).hasSize(1);
    }

    @Test
    void aBodysBoardIsReadByItsCurrentMembersOnly() {
        Setup scic = scic();
        LocalDate today = calendar.today();
        Body board = scic.board();
        Body committee = entities.addBody(fixtures.admin(), scic.entity().id(), BodyKind.CUSTOM, "Commission");
        PersonRef former = fixtures.person("Ancienne");
        mandates.appoint(fixtures.admin(), scic.entity().id(), board.id(), former.id(), null, MandateRole.DIRECTOR,
            today.minusYears(3), today.minusDays(1));
        PersonRef elsewhere = fixtures.person("Commissaire");
        mandates.appoint(fixtures.admin(), scic.entity().id(), committee.id(), elsewhere.id(), null, MandateRole.MEMBER,
            today.minusYears(1), today.plusYears(1));

        for (Actor outsider : List.of(member(fixtures.person("Sans mandat")), member(former), member(elsewhere), fixtures.admin())) {
            assertThatThrownBy(() -> boards.of(outsider, board.id(), today)).isInstanceOf(GovernanceAccessDeniedException.class);
        }
        assertThatThrownBy(() -> boards.of(scic.director(), Long.MAX_VALUE, today)).isInstanceOf(GovernanceNotFoundException.class);

        Board read = boards.of(scic.director(), board.id(), today);
        assertThat(read.entity().id()).isEqualTo(scic.entity().id());
        assertThat(read.history()).extracting(held -> held.body().id()).containsOnly(board.id()).hasSize(2);
        assertThat(boards.of(member(elsewhere), committee.id(), today).history()).singleElement()
            .satisfies(held -> assertThat(held.personName()).isEqualTo("Commissaire"));
    }

    @Test
    void aBodysBoardListsTheEndsOfItsOwnMandatesOnly() {
        Setup scic = scic();
        LocalDate today = calendar.today();
        // another body's name ends with " – " and this one's: its mandate ends are still not this board's
        Body committee = entities.addBody(fixtures.admin(), scic.entity().id(), BodyKind.CUSTOM, "Bureau");
        Body wider = entities.addBody(fixtures.admin(), scic.entity().id(), BodyKind.CUSTOM, "Commission – Bureau");
        PersonRef holder = fixtures.person("Membre du bureau");
        PersonRef other = fixtures.person("Membre du grand bureau");
        mandates.appoint(fixtures.admin(), scic.entity().id(), committee.id(), holder.id(), null, MandateRole.MEMBER,
            today.minusYears(1), today.plusDays(30));
        mandates.appoint(fixtures.admin(), scic.entity().id(), wider.id(), other.id(), null, MandateRole.MEMBER,
            today.minusYears(1), today.plusDays(20));

        List<Deadline> ends = boards.of(member(holder), committee.id(), today).deadlines().stream()
            .filter(d -> d.kind() == Deadline.Kind.MANDATE_END).toList();

        assertThat(ends).singleElement().satisfies(end -> {
            assertThat(end.bodyId()).isEqualTo(committee.id());
            assertThat(end.due()).isEqualTo(today.plusDays(30));
        });
    }

    @Test
    void theHousesTwoStepPolicyReachesWhoeverHoldsAMandateToday() {
        Setup scic = scic();
        long director = scic.director().personId();
        long admin = accounts.createActivated(new Invitation("admin-" + UUID.randomUUID() + "@example.org", "Admin",
            Language.FR, Set.of(Role.ADMIN)), GovernanceFixtures.PASSWORD).personId();
        boolean before = twoStep.isRequired();
        try {
            twoStep.setRequired(admin, true);
            assertThat(twoStep.requiredOf(director)).isTrue();
            assertThat(twoStep.requiredOf(fixtures.person("Sans mandat").id())).isFalse();

            mandates.end(fixtures.admin(), scic.entity().id(), scic.mandate().id(), calendar.today().minusDays(1));
            assertThat(twoStep.requiredOf(director)).as("an ended mandate requires nothing").isFalse();
        } finally {
            twoStep.setRequired(admin, before);
        }
    }

    private static void refused(ThrowingCallable change, Reason reason) {
        assertThatThrownBy(change).isInstanceOfSatisfying(RegisterException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
