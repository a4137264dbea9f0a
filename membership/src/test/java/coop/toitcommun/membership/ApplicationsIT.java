package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@PostgresTest
class ApplicationsIT {

    @Autowired DoorFixtures fixtures;
    @Autowired Applications applications;
    @Autowired Organisations organisations;
    @Autowired JdbcClient jdbc;

    @Test
    void anApplicationRegistersTheApplicantItsRepresentativeAndTheSignature() {
        String email = "rep-" + UUID.randomUUID() + "@example.org";
        long id = fixtures.apply("Les Ateliers " + UUID.randomUUID(), null, email);

        PendingApplication pending = pendingApplication(id);
        assertThat(pending.representativeEmail()).isEqualTo(email);
        assertThat(pending.typedName()).isEqualTo("Camille Martin");
        assertThat(pending.textSha256()).isEqualTo(fixtures.charter().sha256()).hasSize(64);
        assertThat(organisations.find(pending.organisationId()).orElseThrow().status()).isEqualTo(OrganisationStatus.APPLICANT);
    }

    @Test
    void nDistinctCofoundersAreNeededAndTheSameOneCannotApproveTwice() {
        long id = fixtures.apply("Approuvée " + UUID.randomUUID());
        long first = fixtures.cofounder();
        long second = fixtures.cofounder();

        applications.approve(first, id);
        assertThatThrownBy(() -> applications.approve(first, id))
            .isInstanceOf(MembershipRuleException.class).hasMessage("alreadyApproved");
        assertThat(status(id)).isEqualTo("PENDING");

        applications.approve(second, id);
        assertThat(status(id)).isEqualTo("APPROVED");
        long organisationId = organisationOf(id);
        assertThat(organisations.find(organisationId).orElseThrow().status()).isEqualTo(OrganisationStatus.MEMBER);
        assertThat(invitationsFor(id)).isEqualTo(1);
    }

    @Test
    void nobodyDecidesOnAnOrganisationTheyBelongTo() {
        long id = fixtures.apply("Ma structure " + UUID.randomUUID());
        long cofounder = fixtures.cofounder();
        organisations.link(organisationOf(id), cofounder, OrganisationRole.MEMBER);

        assertThatThrownBy(() -> applications.approve(cofounder, id)).hasMessage("ownOrganisation");
        assertThatThrownBy(() -> applications.reject(cofounder, id, "Non")).hasMessage("ownOrganisation");
        assertThat(status(id)).isEqualTo("PENDING");
    }

    @Test
    void oneReasonedRejectionRejects() {
        long id = fixtures.apply("Rejetée " + UUID.randomUUID());
        long cofounder = fixtures.cofounder();

        assertThatThrownBy(() -> applications.reject(cofounder, id, "  ")).hasMessage("reasonMissing");
        applications.reject(cofounder, id, "Société capitaliste");

        assertThat(status(id)).isEqualTo("REJECTED");
        assertThatThrownBy(() -> applications.approve(fixtures.cofounder(), id)).hasMessage("notPending");
    }

    @Test
    void simultaneousApprovalsMakeExactlyOneMemberAndOneInvitation() throws Exception {
        long id = fixtures.apply("Simultanée " + UUID.randomUUID());
        List<Long> cofounders = List.of(fixtures.cofounder(), fixtures.cofounder(), fixtures.cofounder());
        CountDownLatch ready = new CountDownLatch(cofounders.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(cofounders.size());
        List<Future<String>> results = new ArrayList<>();
        for (long cofounder : cofounders) {
            Callable<String> approve = () -> {
                ready.countDown();
                go.await();
                try {
                    applications.approve(cofounder, id);
                    return "approved";
                } catch (MembershipRuleException e) {
                    return e.reason();
                }
            };
            results.add(pool.submit(FirstHouse.carried(approve)));
        }
        ready.await();
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("approved", "approved", "notPending");
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(invitationsFor(id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM membership.audit_entry WHERE action = 'MEMBERSHIP_GRANTED' AND organisation_id = :o")
            .param("o", organisationOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM membership.organisation_status_change WHERE status = 'MEMBER' AND organisation_id = :o")
            .param("o", organisationOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSecondCircleApplicationWaitsForItsSponsor() {
        OrganisationRef sponsor = fixtures.member("Vestali");
        long id = fixtures.apply("Les Cousalis " + UUID.randomUUID(), sponsor.id(), "rep-" + UUID.randomUUID() + "@example.org");
        long sponsorRepresentative = fixtures.representativeOf(sponsor.id());
        long cofounder = fixtures.cofounder();

        assertThatThrownBy(() -> applications.approve(cofounder, id)).hasMessage("sponsorPending");
        assertThat(applications.sponsorRequests(sponsorRepresentative)).extracting(SponsorRequest::applicationId).contains(id);
        assertThatThrownBy(() -> applications.answerAsSponsor(cofounder, id, SponsorAnswer.CONFIRMED))
            .isInstanceOf(ApplicationNotFoundException.class);

        applications.answerAsSponsor(sponsorRepresentative, id, SponsorAnswer.CONFIRMED);

        assertThat(pendingApplication(id).sponsorAnswer()).isEqualTo(SponsorAnswer.CONFIRMED);
        assertThat(pendingApplication(id).sponsorName()).isEqualTo(sponsor.name());
        applications.approve(cofounder, id);
    }

    @Test
    void theQueueFlagsLookAlikesAndEarlierApplications() {
        String name = "Eau secours " + UUID.randomUUID();
        long earlier = fixtures.apply(name);
        applications.reject(fixtures.cofounder(), earlier, "Dossier incomplet");
        long again = fixtures.apply(name.toUpperCase().replace(" ", "-"));

        PendingApplication pending = pendingApplication(again);
        assertThat(pending.duplicates()).extracting(PendingApplication.Duplicate::name).contains(name);
        assertThat(pending.earlier()).extracting(PendingApplication.EarlierApplication::reason).contains("Dossier incomplet");
    }

    @Test
    void aRepresentativeWithoutTheTypedNameOrTheCommitmentCannotApply() {
        fixtures.charter();
        JoinRequest unsigned = new JoinRequest(DoorFixtures.details("Sans signature", null), "Camille", "c@example.org",
            null, Language.FR, Circle.FOUNDING, null, new Signature(" ", true));
        assertThatThrownBy(() -> applications.apply(unsigned, "test-" + UUID.randomUUID())).hasMessage("typedNameMissing");
        JoinRequest unticked = new JoinRequest(DoorFixtures.details("Sans engagement", null), "Camille", "c@example.org",
            null, Language.FR, Circle.FOUNDING, null, new Signature("Camille", false));
        assertThatThrownBy(() -> applications.apply(unticked, "test-" + UUID.randomUUID())).hasMessage("commitmentMissing");
        JoinRequest badSiret = new JoinRequest(DoorFixtures.details("Mauvais SIRET", "12345678901234"), "Camille",
            "c@example.org", null, Language.FR, Circle.FOUNDING, null, new Signature("Camille", true));
        assertThatThrownBy(() -> applications.apply(badSiret, "test-" + UUID.randomUUID())).hasMessage("siretInvalid");
    }

    @Test
    void oneAddressMayApplyOnlyAFewTimesADay() {
        fixtures.charter();
        String address = "test-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            applications.apply(new JoinRequest(DoorFixtures.details("Robot " + UUID.randomUUID(), null), "Robot",
                "robot-" + UUID.randomUUID() + "@example.org", null, Language.FR, Circle.HOSTED, null,
                new Signature("Robot", true)), address);
        }
        assertThat(applications.mayApply(address)).isFalse();
    }

    @Test
    void theAuditLogRefusesUpdatesAndDeletes() {
        fixtures.apply("Auditée " + UUID.randomUUID());

        assertThatThrownBy(() -> jdbc.sql("UPDATE membership.audit_entry SET detail = 'changé'").update())
            .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM membership.audit_entry").update())
            .rootCause().hasMessageContaining("append-only");
    }

    private PendingApplication pendingApplication(long id) {
        return applications.pending(fixtures.anyCofounder()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM membership.application WHERE id = :id").param("id", id).query(String.class).single();
    }

    private long organisationOf(long id) {
        return jdbc.sql("SELECT organisation_id FROM membership.application WHERE id = :id").param("id", id).query(Long.class).single();
    }

    private long invitationsFor(long id) {
        return jdbc.sql("""
                SELECT count(*) FROM membership.account_token t JOIN membership.application a ON a.representative_id = t.person_id
                 WHERE a.id = :id AND t.purpose = 'INVITATION'""").param("id", id).query(Long.class).single();
    }
}
