package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@PostgresTest
@RecordApplicationEvents
class ResignaturesIT {

    @Autowired DoorFixtures fixtures;
    @Autowired Charter charter;
    @Autowired Resignatures resignatures;
    @Autowired Organisations organisations;
    @Autowired ApplicationEvents events;

    @Test
    void aNewVersionAsksMembersToResignThenSuspendsThoseLateUntilTheyResign() {
        CharterVersion current = fixtures.charter();
        OrganisationRef punctual = fixtures.member("Cliss XXI");
        OrganisationRef late = fixtures.member("Micros-rebelles");
        long cofounder = fixtures.cofounder();
        List<CharterArticle> articles = new ArrayList<>(current.articles());
        articles.add(new CharterArticle(articles.size() + 1, "Le Toit Commun veille à son empreinte écologique " + UUID.randomUUID(), null));

        charter.saveDraft(cofounder, articles);
        Instant publishedAt = Instant.now();
        CharterVersion next = charter.publish(cofounder);

        assertThat(next.number()).isEqualTo(current.number() + 1);
        assertThat(charter.current()).contains(next);
        assertThat(charter.changes(current, next)).extracting(ArticleChange::kind).contains(ArticleChange.Kind.ADDED);
        assertThat(status(punctual)).isEqualTo(OrganisationStatus.RESIGNATURE_DUE);
        assertThat(status(late)).isEqualTo(OrganisationStatus.RESIGNATURE_DUE);
        assertThatThrownBy(() -> charter.publish(cofounder)).hasMessage("noDraft");

        long punctualRepresentative = fixtures.representativeOf(punctual.id());
        ResignatureDue due = resignatures.dueFor(punctualRepresentative).get(0);
        assertThat(Duration.between(publishedAt, due.deadline()).toDays()).isBetween(89L, 90L);
        resignatures.resign(punctualRepresentative, punctual.id(), new Signature("Représentante Cliss", true));
        assertThat(status(punctual)).isEqualTo(OrganisationStatus.MEMBER);

        resignatures.remindAndSuspend(due.deadline().minus(Duration.ofDays(29)));
        resignatures.remindAndSuspend(due.deadline().minus(Duration.ofDays(28)));
        assertThat(reminders(late)).extracting(ResignatureReminder::daysLeft).containsExactly(29L);
        resignatures.remindAndSuspend(due.deadline().minus(Duration.ofDays(6)));
        assertThat(reminders(late)).extracting(ResignatureReminder::daysLeft).containsExactly(29L, 6L);
        assertThat(reminders(punctual)).isEmpty();
        assertThat(status(late)).isEqualTo(OrganisationStatus.RESIGNATURE_DUE);

        resignatures.remindAndSuspend(due.deadline().plusSeconds(1));
        assertThat(status(late)).isEqualTo(OrganisationStatus.SUSPENDED);
        assertThat(organisations.members()).extracting(OrganisationRef::id).contains(punctual.id()).doesNotContain(late.id());

        long lateRepresentative = fixtures.representativeOf(late.id());
        assertThat(resignatures.dueFor(lateRepresentative)).singleElement().extracting(ResignatureDue::suspended).isEqualTo(true);
        resignatures.resign(lateRepresentative, late.id(), new Signature("Représentante Micros", true));
        assertThat(status(late)).isEqualTo(OrganisationStatus.MEMBER);
        assertThat(resignatures.dueFor(lateRepresentative)).isEmpty();
    }

    private List<ResignatureReminder> reminders(OrganisationRef organisation) {
        return events.stream(ResignatureReminder.class).filter(r -> r.organisationName().equals(organisation.name())).toList();
    }

    private OrganisationStatus status(OrganisationRef organisation) {
        return organisations.find(organisation.id()).orElseThrow().status();
    }
}
