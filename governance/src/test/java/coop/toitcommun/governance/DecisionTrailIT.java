package coop.toitcommun.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every decision governance takes leaves its line in the house's one audit trail (membership.audit_entry), in its
 * own transaction, with who decided, the subject, the organisation concerned and the values before and after.
 */
@SpringBootTest
@PostgresTest
class DecisionTrailIT {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 10);

    @Autowired Entities entities;
    @Autowired Registers registers;
    @Autowired Mandates mandates;
    @Autowired GovernanceFixtures fixtures;
    @Autowired JdbcClient jdbc;

    record Line(String kind, Long actorId, String subjectKind, Long subjectId, String subjectLabel, Long organisationId,
                String before, String after, String detail) {
    }

    @Test
    void registerMovementsAreRecordedWithTheSharesHeldBeforeAndAfter() {
        LegalEntity scic = fixtures.entity(LegalForm.SCIC_SAS);
        OrganisationRef cooperative = fixtures.organisation("Coopérative");
        Associate organisation = registers.admit(fixtures.admin(), scic.id(), Holder.organisation(cooperative.id()),
            AssociateCategory.PRODUCER, null, DAY);
        Associate person = registers.admit(fixtures.admin(), scic.id(), Holder.person(fixtures.person("Associée").id()),
            AssociateCategory.EMPLOYEE, null, DAY);

        registers.subscribe(fixtures.admin(), scic.id(), new Subscription(organisation.id(), 10, 100_000, DAY, DAY));
        registers.subscribe(fixtures.admin(), scic.id(), new Subscription(person.id(), 10, 100_000, DAY, DAY));
        registers.transfer(fixtures.admin(), scic.id(), new Transfer(organisation.id(), person.id(), 3, "CA du 9 janvier", DAY, DAY.plusDays(1)));
        registers.requestRedemption(fixtures.admin(), scic.id(), organisation.id(), 2, DAY.plusDays(2));

        List<Line> lines = about("associate", organisation.id());
        assertThat(lines).extracting(Line::kind, Line::before, Line::after).containsExactly(
            tuple("ASSOCIATE_ADMITTED", null, DAY + " · PRODUCER"),
            tuple("SHARES_SUBSCRIBED", "0", "10"),
            tuple("SHARES_TRANSFERRED", "10", "7"),
            tuple("SHARES_REDEMPTION_REQUESTED", "7", "5"));
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.organisationId()).isEqualTo(cooperative.id());
            assertThat(line.actorId()).isEqualTo(fixtures.admin().personId());
            assertThat(line.subjectLabel()).isEqualTo(scic.name() + " · " + cooperative.name());
        });
        assertThat(lines.get(1).detail()).isEqualTo("1000.00 €");
        assertThat(lines.get(2).detail()).contains("CA du 9 janvier");
        assertThat(about("associate", person.id())).extracting(Line::organisationId).containsOnlyNulls();
    }

    @Test
    void duesAndDeparturesAreRecordedWithTheirFormerValue() {
        LegalEntity association = fixtures.entity(LegalForm.ASSOCIATION);
        List<Associate> members = List.of(admit(association, "Un"), admit(association, "Deux"), admit(association, "Trois"));
        Associate member = members.get(0);

        registers.recordDues(fixtures.admin(), association.id(), member.id(), 2025, 2_000, DAY);
        registers.recordDues(fixtures.admin(), association.id(), member.id(), 2025, 2_500, DAY.plusDays(3));
        registers.leave(fixtures.admin(), association.id(), member.id(), DAY.plusMonths(6), "Démission");

        assertThat(about("associate", member.id())).extracting(Line::kind, Line::before, Line::after, Line::detail).containsExactly(
            tuple("ASSOCIATE_ADMITTED", null, DAY.toString(), null),
            tuple("DUES_RECORDED", null, "20.00 € · " + DAY, "2025"),
            tuple("DUES_RECORDED", "20.00 € · " + DAY, "25.00 € · " + DAY.plusDays(3), "2025"),
            tuple("ASSOCIATE_LEFT", null, DAY.plusMonths(6).toString(), "Démission"));
    }

    @Test
    void mandatesAreRecordedWhenGivenAndWhenEnded() {
        LegalEntity scic = fixtures.entity(LegalForm.SCIC_SAS);
        Body board = entities.addBody(fixtures.admin(), scic.id(), BodyKind.BOARD, "Conseil");
        PersonRef holder = fixtures.person("Présidente");
        OrganisationRef represented = fixtures.organisation("Représentée");
        Mandate mandate = mandates.appoint(fixtures.admin(), scic.id(), board.id(), holder.id(), represented.id(), MandateRole.CHAIR,
            DAY, DAY.plusYears(3));
        mandates.end(fixtures.admin(), scic.id(), mandate.id(), DAY.plusYears(1));

        assertThat(about("mandate", mandate.id())).extracting(Line::kind, Line::before, Line::after, Line::organisationId,
            Line::subjectLabel).containsExactly(
            tuple("MANDATE_APPOINTED", null, "CHAIR · " + DAY + " → " + DAY.plusYears(3),
                represented.id(), scic.name() + " · Conseil · Présidente"),
            tuple("MANDATE_ENDED", DAY.plusYears(3).toString(), DAY.plusYears(1).toString(),
                represented.id(), scic.name() + " · Conseil · Présidente"));
        assertThat(about("body", board.id())).extracting(Line::kind, Line::after).containsExactly(
            tuple("BODY_ADDED", "BOARD"));
    }

    @Test
    void statutesSettingsAreRecordedWithTheirValuesBeforeAndAfter() {
        LegalEntity scic = fixtures.entity(LegalForm.SCIC_SAS);
        entities.updateSettings(fixtures.admin(), scic.id(), new EntitySettings(3, EnumSet.of(MeetingMode.IN_PERSON),
            EmptyCollegeRule.SHARE_PRO_RATA, SciVotes.PER_SHARE));
        entities.updateDetails(fixtures.admin(), scic.id(), "123456789", "Lens", "06-30", 5_000L);
        MeetingRule rule = DefaultMeetingRules.of(LegalForm.SCIC_SAS).get(0);
        MeetingRule stricter = new MeetingRule(rule.kind(), rule.quorumFirstPct(), rule.quorumSecondPct(), rule.quorumBasis(),
            rule.majority(), rule.majorityPct(), rule.noticeDays() + 7);
        entities.updateMeetingRule(fixtures.admin(), scic.id(), stricter);
        entities.setColleges(fixtures.admin(), scic.id(), List.of(new CollegeWeight("Fondateurs", new BigDecimal("50")),
            new CollegeWeight("Usagers", new BigDecimal("30")), new CollegeWeight("Soutiens", new BigDecimal("20"))));
        entities.recordCooperativeRevision(fixtures.admin(), scic.id(), DAY);

        List<Line> lines = about("entity", scic.id());
        assertThat(lines).extracting(Line::kind).containsExactly("ENTITY_CREATED", "STATUTES_SETTINGS_CHANGED",
            "ENTITY_DETAILS_CHANGED", "MEETING_RULE_CHANGED", "COLLEGES_CHANGED", "COOPERATIVE_REVISION_RECORDED");
        assertThat(lines.get(1).before()).contains("maxProxies=" + scic.maxProxies());
        assertThat(lines.get(1).after()).contains("maxProxies=3", "meetingModes=[IN_PERSON]");
        assertThat(lines.get(2).before()).contains("Lens", "12-31", "100.00 €");
        assertThat(lines.get(2).after()).contains("123456789", "06-30", "50.00 €");
        assertThat(lines.get(3).before()).contains("noticeDays=" + rule.noticeDays());
        assertThat(lines.get(3).after()).contains("noticeDays=" + (rule.noticeDays() + 7));
        assertThat(lines.get(4)).extracting(Line::before, Line::after).containsExactly("", "Fondateurs 50 %, Usagers 30 %, Soutiens 20 %");
        assertThat(lines.get(5)).extracting(Line::before, Line::after).containsExactly(null, DAY.toString());
    }

    private Associate admit(LegalEntity entity, String name) {
        return registers.admit(fixtures.admin(), entity.id(), Holder.person(fixtures.person(name).id()), null, null, DAY);
    }

    private List<Line> about(String subjectKind, long subjectId) {
        return jdbc.sql("""
                SELECT action, actor_id, subject_kind, subject_id, subject_label, organisation_id, before_value, after_value, detail
                  FROM membership.audit_entry
                 WHERE module = 'governance' AND subject_kind = :kind AND subject_id = :id ORDER BY id""")
            .param("kind", subjectKind).param("id", subjectId)
            .query((rs, n) -> new Line(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3), rs.getObject(4, Long.class),
                rs.getString(5), rs.getObject(6, Long.class), rs.getString(7), rs.getString(8), rs.getString(9)))
            .list();
    }
}
