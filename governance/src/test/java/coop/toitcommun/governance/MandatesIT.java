package coop.toitcommun.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class MandatesIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Autowired Mandates mandates;
    @Autowired Registers registers;
    @Autowired Entities entities;
    @Autowired Deadlines deadlines;
    @Autowired WhoHoldsWhat whoHoldsWhat;
    @Autowired GovernanceFixtures fixtures;
    @Autowired Meetings meetings;

    @Test
    void aScicMandateLastsSixYearsAtMost() {
        Body board = entities.addBody(fixtures.admin(), fixtures.entity(LegalForm.SCIC_SAS).id(), BodyKind.BOARD, "Conseil coopératif");
        PersonRef person = fixtures.person("Administratrice");

        Mandate sixYears = mandates.appoint(fixtures.admin(), board.entityId(), board.id(), person.id(), null, MandateRole.DIRECTOR, TODAY, TODAY.plusYears(6));
        assertThat(sixYears.endsOn()).isEqualTo(TODAY.plusYears(6));

        assertThatThrownBy(() -> mandates.appoint(fixtures.admin(), board.entityId(), board.id(), person.id(), null, MandateRole.DIRECTOR, TODAY, TODAY.plusYears(6).plusDays(1)))
            .isInstanceOfSatisfying(GovernanceRuleException.class, e -> assertThat(e.rule()).isEqualTo(Rule.SCIC_MANDATE_SIX_YEARS));
        assertThatThrownBy(() -> mandates.appoint(fixtures.admin(), board.entityId(), board.id(), person.id(), null, MandateRole.DIRECTOR, TODAY, null))
            .as("no open-ended mandate in a SCIC").isInstanceOf(GovernanceRuleException.class);
    }

    @Test
    void boardRightsComeFromCurrentMandatesOnly() {
        LegalEntity sci = fixtures.entity(LegalForm.SCI);
        Body management = entities.addBody(fixtures.admin(), sci.id(), BodyKind.MANAGEMENT, "Gérance");
        PersonRef current = fixtures.person("Gérante");
        PersonRef former = fixtures.person("Ancien gérant");
        mandates.appoint(fixtures.admin(), management.entityId(), management.id(), current.id(), null, MandateRole.MANAGER, TODAY.minusYears(1), null);
        Mandate ended = mandates.appoint(fixtures.admin(), management.entityId(), management.id(), former.id(), null, MandateRole.MANAGER, TODAY.minusYears(3), TODAY.plusYears(1));
        mandates.end(fixtures.admin(), management.entityId(), ended.id(), TODAY.minusDays(1));

        assertThat(mandates.isCurrentMember(current.id(), management.id(), TODAY)).isTrue();
        assertThat(mandates.isCurrentMember(former.id(), management.id(), TODAY)).isFalse();
        assertThat(mandates.isCurrentMember(former.id(), management.id(), TODAY.minusDays(1))).isTrue();
        assertThat(mandates.bodiesHeldBy(current.id(), TODAY)).containsExactly(management);
        assertThat(mandates.runsEntity(former.id(), sci.id(), TODAY)).isFalse();
        assertThat(mandates.history(sci.id())).hasSize(2);
    }

    @Test
    void aBoardMeetingNamesTheMembersWhoseMandateHasALastDayAndAnAssemblyNone() {
        LegalEntity association = fixtures.entity(LegalForm.ASSOCIATION);
        Body board = entities.addBody(fixtures.admin(), association.id(), BodyKind.BOARD, "Conseil");
        Body assembly = entities.addBody(fixtures.admin(), association.id(), BodyKind.GENERAL_ASSEMBLY, "Assemblée");
        PersonRef open = fixtures.person("Administrateur sans terme");
        PersonRef leaving = fixtures.person("Administratrice sortante");
        PersonRef gone = fixtures.person("Ancien administrateur");
        mandates.appoint(fixtures.admin(), association.id(), board.id(), open.id(), null, MandateRole.DIRECTOR, TODAY.minusYears(1), null);
        mandates.appoint(fixtures.admin(), association.id(), board.id(), leaving.id(), null, MandateRole.DIRECTOR, TODAY.minusYears(1), TODAY.plusDays(10));
        mandates.appoint(fixtures.admin(), association.id(), board.id(), gone.id(), null, MandateRole.DIRECTOR, TODAY.minusYears(2), TODAY.minusDays(1));

        assertThat(meetings.membersWithALastDay(board, TODAY)).extracting(HeldMandate::personName)
            .containsExactly("Administratrice sortante");
        assertThat(meetings.membersWithALastDay(assembly, TODAY)).isEmpty();
    }

    @Test
    void renewalAlertsGoToTheHolderAndTheBodysChairSixtyDaysAhead() {
        LegalEntity scic = fixtures.entity(LegalForm.SCIC_SAS);
        Body board = entities.addBody(fixtures.admin(), scic.id(), BodyKind.BOARD, "Conseil");
        PersonRef chair = fixtures.person("Présidente");
        PersonRef director = fixtures.person("Administrateur");
        PersonRef later = fixtures.person("Administratrice");
        mandates.appoint(fixtures.admin(), board.entityId(), board.id(), chair.id(), null, MandateRole.CHAIR, TODAY.minusYears(1), TODAY.plusYears(2));
        mandates.appoint(fixtures.admin(), board.entityId(), board.id(), director.id(), null, MandateRole.DIRECTOR, TODAY.minusYears(5), TODAY.plusDays(60));
        mandates.appoint(fixtures.admin(), board.entityId(), board.id(), later.id(), null, MandateRole.DIRECTOR, TODAY.minusYears(5), TODAY.plusDays(61));

        assertThat(mandates.renewalAlerts(director.id(), TODAY)).extracting(m -> m.mandate().personId()).containsExactly(director.id());
        assertThat(mandates.renewalAlerts(chair.id(), TODAY)).extracting(m -> m.mandate().personId()).containsExactly(director.id());
        assertThat(mandates.renewalAlerts(later.id(), TODAY)).isEmpty();
        assertThat(deadlines.forPerson(chair.id(), TODAY)).extracting(Deadline::kind)
            .contains(Deadline.Kind.MANDATE_END, Deadline.Kind.COOPERATIVE_REVISION);
    }

    @Test
    void aChangeOnAnAssociationBoardOpensAPrefectureDeclaration() {
        LegalEntity association = fixtures.entity(LegalForm.ASSOCIATION);
        Body board = entities.addBody(fixtures.admin(), association.id(), BodyKind.BOARD, "Conseil d’administration");
        Body assembly = entities.addBody(fixtures.admin(), association.id(), BodyKind.GENERAL_ASSEMBLY, "Assemblée générale");
        mandates.appoint(fixtures.admin(), assembly.entityId(), assembly.id(), fixtures.person("Adhérent").id(), null, MandateRole.MEMBER, TODAY, null);
        assertThat(deadlines.of(association.id(), TODAY)).isEmpty();

        mandates.appoint(fixtures.admin(), board.entityId(), board.id(), fixtures.person("Trésorière").id(), null, MandateRole.TREASURER, TODAY, TODAY.plusYears(3));

        assertThat(deadlines.of(association.id(), TODAY)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Deadline.Kind.PREFECTURE_DECLARATION);
            assertThat(d.due()).isEqualTo(TODAY.plusMonths(3));
            deadlines.markDone(fixtures.admin(), association.id(), d.reminderId(), TODAY.plusDays(10));
        });
        assertThat(deadlines.of(association.id(), TODAY)).isEmpty();
    }

    @Test
    void whoHoldsWhatFlagsConcentrationAndBodiesInsideOthers() {
        LegalEntity association = fixtures.entity(LegalForm.ASSOCIATION);
        Body board = entities.addBody(fixtures.admin(), association.id(), BodyKind.BOARD, "CA");
        Body bureau = entities.addBody(fixtures.admin(), association.id(), BodyKind.EXECUTIVE_COMMITTEE, "Bureau");
        Body commission = entities.addBody(fixtures.admin(), association.id(), BodyKind.CUSTOM, "Commission travaux");
        PersonRef pillar = fixtures.person("Pilier");
        PersonRef other = fixtures.person("Autre");
        mandates.appoint(fixtures.admin(), board.entityId(), board.id(), pillar.id(), null, MandateRole.CHAIR, TODAY, null);
        mandates.appoint(fixtures.admin(), bureau.entityId(), bureau.id(), pillar.id(), null, MandateRole.CHAIR, TODAY, null);
        mandates.appoint(fixtures.admin(), commission.entityId(), commission.id(), pillar.id(), null, MandateRole.MEMBER, TODAY, null);
        mandates.appoint(fixtures.admin(), commission.entityId(), commission.id(), pillar.id(), null, MandateRole.SECRETARY, TODAY, null);
        mandates.appoint(fixtures.admin(), board.entityId(), board.id(), other.id(), null, MandateRole.DIRECTOR, TODAY, null);

        Concentration concentration = whoHoldsWhat.on(TODAY);

        assertThat(concentration.threshold()).isEqualTo(3);
        assertThat(concentration.people()).filteredOn(p -> p.personId() == pillar.id()).singleElement()
            .satisfies(p -> assertThat(p.concentrated()).isTrue());
        assertThat(concentration.people()).filteredOn(p -> p.personId() == other.id()).singleElement()
            .satisfies(p -> assertThat(p.concentrated()).isFalse());
        assertThat(concentration.overlaps()).extracting(o -> o.body().id() + ">" + o.alsoIn().id())
            .contains(bureau.id() + ">" + board.id(), commission.id() + ">" + bureau.id())
            .doesNotContain(board.id() + ">" + bureau.id());
    }

    @Test
    void anOrganisationSitsInTheEntitiesWhoseRegisterHoldsItTodayOrWhereAMandateIsHeldInItsName() {
        OrganisationRef cooperative = fixtures.organisation("Coopérative");
        LegalEntity scic = fixtures.entity(LegalForm.SCIC_SAS);
        LegalEntity association = fixtures.entity(LegalForm.ASSOCIATION);
        LegalEntity sci = fixtures.entity(LegalForm.SCI);
        registers.admit(fixtures.admin(), scic.id(), Holder.organisation(cooperative.id()), AssociateCategory.BENEFICIARY, null,
            TODAY.minusYears(1));
        Body board = entities.addBody(fixtures.admin(), association.id(), BodyKind.BOARD, "Conseil");
        mandates.appoint(fixtures.admin(), association.id(), board.id(), fixtures.person("Représentante").id(),
            cooperative.id(), MandateRole.DIRECTOR, TODAY.minusMonths(2), null);
        Associate left = registers.admit(fixtures.admin(), sci.id(), Holder.organisation(cooperative.id()), null, null,
            TODAY.minusYears(2));
        registers.leave(fixtures.admin(), sci.id(), left.id(), TODAY.minusDays(1), "Départ");

        assertThat(whoHoldsWhat.entitiesByOrganisation(TODAY).get(cooperative.name().toUpperCase()))
            .as("by name, case ignored").containsExactlyInAnyOrder(scic.id(), association.id());
    }
}
