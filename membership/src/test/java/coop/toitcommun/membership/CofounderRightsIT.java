package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.testsupport.PostgresTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The door's queue, the charter's draft, exclusions and the list of intercommunalities are the co-founders': membership
 * refuses anyone else by itself, for reading as for deciding, whoever calls it, and a refusal changes nothing.
 */
@SpringBootTest
@PostgresTest
class CofounderRightsIT {

    @Autowired DoorFixtures fixtures;
    @Autowired Applications applications;
    @Autowired Charter charter;
    @Autowired Exclusions exclusions;
    @Autowired Organisations organisations;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void theQueueAndItsDecisionsAreRefusedToAMemberAndToAnAdminAndReadByACofounder() {
        long application = fixtures.apply("Candidate " + UUID.randomUUID());
        for (long outsider : List.of(person(Role.MEMBER), person(Role.ADMIN, Role.EMPLOYEE, Role.VOLUNTEER))) {
            refused(() -> applications.pending(outsider));
            refused(() -> applications.approve(outsider, application));
            refused(() -> applications.reject(outsider, application, "Hors du champ de l'ESS"));
            refused(() -> applications.reject(outsider, application, ""));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM membership.application_approval WHERE application_id = :id")
            .param("id", application).query(Long.class).single()).isZero();
        assertThat(status(application)).isEqualTo("PENDING");

        assertThat(applications.pending(fixtures.cofounder())).extracting(PendingApplication::id).contains(application);
    }

    @Test
    void aCofounderWhoseAccountIsDisabledDecidesNothing() {
        long application = fixtures.apply("Candidate " + UUID.randomUUID());
        long cofounder = fixtures.cofounder();
        accounts.setEnabled(person(Role.ADMIN), cofounder, false);

        refused(() -> applications.approve(cofounder, application));
        refused(() -> applications.pending(cofounder));
        assertThat(status(application)).isEqualTo("PENDING");
    }

    @Test
    void theCharterDraftIsReadAndWrittenByCofoundersOnly() {
        int current = fixtures.charter().number();
        long member = person(Role.MEMBER);
        List<CharterArticle> articles = List.of(new CharterArticle(1, "Article écrit par une personne qui n'a pas le droit.", null));

        refused(() -> charter.draft(member));
        refused(() -> charter.saveDraft(member, articles));
        refused(() -> charter.publish(member));

        assertThat(jdbc.sql("SELECT count(*) FROM membership.charter_article WHERE text_fr = :text")
            .param("text", articles.get(0).textFr()).query(Long.class).single()).isZero();
        assertThat(charter.current()).map(CharterVersion::number).contains(current);

        long cofounder = fixtures.cofounder();
        String text = "Article proposé par une co-fondatrice " + UUID.randomUUID();
        charter.saveDraft(cofounder, List.of(new CharterArticle(1, text, null)));
        CharterVersion draft = charter.draft(cofounder).orElseThrow();
        assertThat(draft.articles()).extracting(CharterArticle::textFr).containsExactly(text);
        assertThat(charter.version(draft.number())).as("the draft is not read as a version").isEmpty();
        assertThat(charter.version(current)).map(CharterVersion::number).contains(current);
    }

    @Test
    void exclusionsAreListedOpenedAndDecidedByCofoundersOnly() {
        OrganisationRef target = fixtures.member("Visée");
        long member = person(Role.MEMBER);

        refused(() -> exclusions.all(member));
        refused(() -> exclusions.open(member, target.id(), "Manquement à la charte"));
        long procedure = exclusions.open(fixtures.cofounder(), target.id(), "Manquement à la charte");
        refused(() -> exclusions.decide(member, procedure, ExclusionProcedure.Outcome.EXCLUDED, "Aucune réponse"));
        refused(() -> exclusions.decide(member, Long.MAX_VALUE, ExclusionProcedure.Outcome.EXCLUDED, "Aucune réponse"));

        assertThat(exclusions.all(fixtures.cofounder())).filteredOn(p -> p.id() == procedure)
            .singleElement().satisfies(p -> assertThat(p.outcome()).isNull());
        assertThat(organisations.find(target.id()).orElseThrow().status()).isEqualTo(OrganisationStatus.MEMBER);
    }

    @Test
    void theListOfIntercommunalitiesIsKeptByCofoundersOnly() {
        String name = "CA de l'Essai " + UUID.randomUUID();
        refused(() -> organisations.addEpci(person(Role.MEMBER), name));
        assertThat(organisations.epcis()).extracting(Epci::name).doesNotContain(name);

        organisations.addEpci(fixtures.cofounder(), name);
        assertThat(organisations.epcis()).extracting(Epci::name).contains(name);
    }

    private long person(Role... roles) {
        return accounts.createActivated(new Invitation("personne-" + UUID.randomUUID() + "@example.org", "Personne",
            Language.FR, Set.of(roles)), DoorFixtures.PASSWORD).personId();
    }

    private String status(long application) {
        return jdbc.sql("SELECT status FROM membership.application WHERE id = :id").param("id", application)
            .query(String.class).single();
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(MembershipAccessDeniedException.class);
    }
}
