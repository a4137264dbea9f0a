package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The house's one audit trail, as membership keeps it: what the door and the admins decide, and who may read what. */
@SpringBootTest
@PostgresTest
class AuditTrailIT {

    @Autowired DoorFixtures fixtures;
    @Autowired Applications applications;
    @Autowired Accounts accounts;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void approvalsAndTheMembershipTheyGrantAreRecordedWithTheStatusBeforeAndAfter() {
        long applicationId = fixtures.apply("Approuvée " + UUID.randomUUID());
        long first = fixtures.cofounder();
        long second = fixtures.cofounder();
        applications.approve(first, applicationId);
        applications.approve(second, applicationId);
        long organisationId = organisationOfApplication(applicationId);

        List<AuditEntry> entries = ofOrganisation(organisationId);
        assertThat(entries).extracting(AuditEntry::action)
            .containsSubsequence("MEMBERSHIP_GRANTED", "APPLICATION_APPROVED_BY", "APPLICATION_APPROVED_BY", "APPLICATION_RECEIVED");
        AuditEntry granted = entries.get(0);
        assertThat(granted.module()).isEqualTo("membership");
        assertThat(granted.before()).isEqualTo("APPLICANT");
        assertThat(granted.after()).isEqualTo("MEMBER");
        assertThat(granted.subjectKind()).isEqualTo("organisation");
        assertThat(granted.subjectId()).isEqualTo(organisationId);
        assertThat(granted.actorName()).startsWith("Co-fondatrice");
    }

    @Test
    void aRefusalKeepsItsReasonAndTheApplicationsStatuses() {
        long applicationId = fixtures.apply("Refusée " + UUID.randomUUID());
        applications.reject(fixtures.cofounder(), applicationId, "Société capitaliste");

        AuditEntry rejected = ofOrganisation(organisationOfApplication(applicationId)).get(0);
        assertThat(rejected.action()).isEqualTo("APPLICATION_REJECTED");
        assertThat(rejected).extracting(AuditEntry::before, AuditEntry::after, AuditEntry::detail)
            .containsExactly("PENDING", "REJECTED", "Société capitaliste");
    }

    @Test
    void anAdminsRoleChangesAndAccountSwitchesAreRecordedWithTheRolesBeforeAndAfter() {
        long admin = admin();
        long person = accounts.createActivated(new Invitation("role-" + UUID.randomUUID() + "@example.org", "Rôle Changé",
            Language.FR, Set.of(Role.MEMBER)), DoorFixtures.PASSWORD).personId();

        accounts.setRoles(admin, person, Set.of(Role.MEMBER, Role.EMPLOYEE));
        accounts.setRoles(admin, person, Set.of(Role.MEMBER, Role.EMPLOYEE));
        accounts.setEnabled(admin, person, false);

        List<AuditEntry> about = audit.search(admin, AuditFilter.everything(), 0, 500).getContent().stream()
            .filter(e -> "person".equals(e.subjectKind()) && e.subjectId() == person).toList();
        assertThat(about).extracting(AuditEntry::action, AuditEntry::before, AuditEntry::after).containsExactly(
            tuple("ACCOUNT_DISABLED", "true", "false"),
            tuple("ACCOUNT_ROLES_CHANGED", "MEMBER", "MEMBER, EMPLOYEE"));
        assertThat(about.get(1).subjectLabel()).isEqualTo("Rôle Changé");
    }

    @Test
    void aDecisionIsRecordedOnlyInsideTheTransactionThatTakesIt() {
        assertThatThrownBy(() -> audit.record(Decision.of("membership", "ORPHAN", null)))
            .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void filtersNarrowByModuleKindPersonOrganisationAndDates() {
        long admin = admin();
        long applicationId = fixtures.apply("Filtrée " + UUID.randomUUID());
        long cofounder = fixtures.cofounder();
        applications.approve(cofounder, applicationId);
        long organisationId = organisationOfApplication(applicationId);
        String cofounderName = nameOf(cofounder);

        assertThat(audit.search(admin, new AuditFilter("membership", "APPLICATION_APPROVED_BY", cofounderName.substring(3),
            organisationId, null, null), 0, 50).getContent()).hasSize(1);
        assertThat(audit.search(admin, new AuditFilter("venue", null, null, organisationId, null, null), 0, 50)
            .getTotalElements()).isZero();
        Instant now = Instant.now();
        assertThat(audit.search(admin, new AuditFilter(null, null, null, organisationId, now.minus(1, ChronoUnit.HOURS),
            now.plus(1, ChronoUnit.HOURS)), 0, 50).getTotalElements()).isEqualTo(2);
        assertThat(audit.search(admin, new AuditFilter(null, null, null, organisationId, now.plus(1, ChronoUnit.HOURS),
            null), 0, 50).getTotalElements()).isZero();
        assertThat(audit.search(admin, new AuditFilter(null, null, "%", organisationId, null, null), 0, 50)
            .getTotalElements()).as("a percent sign is a character, not a wildcard").isZero();
    }

    @Test
    void aMemberReadsTheirOrganisationsDecisionsAndNeverAnothersNorTheWholeTrail() {
        OrganisationRef mine = fixtures.member("La mienne");
        OrganisationRef theirs = fixtures.member("L'autre");
        long me = fixtures.representativeOf(mine.id());
        long admin = admin();
        transactions.executeWithoutResult(status -> {
            audit.record(Decision.of("venue", "BOOKING_REFUSED", admin).organisation(mine.id()).about("booking", 1, "Salle"));
            audit.record(Decision.of("venue", "BOOKING_REFUSED", admin).organisation(theirs.id()).about("booking", 2, "Salle"));
        });

        assertThat(audit.search(me, AuditFilter.everything().forOrganisation(mine.id()), 0, 50).getContent())
            .extracting(AuditEntry::organisationId).containsOnly(mine.id()).isNotEmpty();
        assertThatThrownBy(() -> audit.search(me, AuditFilter.everything().forOrganisation(theirs.id()), 0, 50))
            .isInstanceOf(OrganisationNotFoundException.class);
        assertThatThrownBy(() -> audit.search(me, AuditFilter.everything(), 0, 50))
            .isInstanceOf(MembershipAccessDeniedException.class);
        assertThatThrownBy(() -> audit.forEach(me, AuditFilter.everything().forOrganisation(theirs.id()), entry -> { }))
            .isInstanceOf(OrganisationNotFoundException.class);
        assertThat(audit.readsEverything(me)).isFalse();
        assertThat(audit.readsEverything(admin)).isTrue();
        assertThat(audit.readsEverything(fixtures.cofounder())).isTrue();
    }

    private long admin() {
        return accounts.createActivated(new Invitation("admin-" + UUID.randomUUID() + "@example.org", "Admin " + UUID.randomUUID(),
            Language.FR, Set.of(Role.ADMIN, Role.MEMBER)), DoorFixtures.PASSWORD).personId();
    }

    private List<AuditEntry> ofOrganisation(long organisationId) {
        return audit.search(fixtures.cofounder(), AuditFilter.everything().forOrganisation(organisationId), 0, 50).getContent();
    }

    private long organisationOfApplication(long applicationId) {
        return jdbc.sql("SELECT organisation_id FROM membership.application WHERE id = :id").param("id", applicationId)
            .query(Long.class).single();
    }

    private String nameOf(long personId) {
        return jdbc.sql("SELECT display_name FROM membership.person WHERE id = :id").param("id", personId)
            .query(String.class).single();
    }
}
