package coop.toitcommun.governance.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import coop.toitcommun.governance.Actor;
import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.BodyKind;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.governance.GovernanceAccessDeniedException;
import coop.toitcommun.governance.LegalEntity;
import coop.toitcommun.governance.LegalForm;
import coop.toitcommun.governance.MandateRole;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.governance.NewEntity;
import coop.toitcommun.governance.responsibility.ResponsibilityException.Reason;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.Role;
import coop.toitcommun.testsupport.DatabaseLocks;
import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.PostgresTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register of responsibilities refuses by itself, without any web layer: only co-founders and admins change it,
 * only people of the house read it, only the holder, the backups and managers read a handover note; handovers are
 * kept append-only; notes with a password are refused; a passed review date is announced once, even by two
 * instances at once.
 */
@SpringBootTest
@PostgresTest
@RecordApplicationEvents
class ResponsibilitiesIT {

    @Autowired Responsibilities responsibilities;
    @Autowired Dependence dependence;
    @Autowired ReviewReminders reminders;
    @Autowired Accounts accounts;
    @Autowired People people;
    @Autowired Entities entities;
    @Autowired Mandates mandates;
    @Autowired HouseClock calendar;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationEvents events;

    private HouseActor person(String name, Role... roles) {
        long id = accounts.createActivated(new Invitation("r-" + UUID.randomUUID() + "@example.org", name, Language.FR,
            roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles)), "mot de passe des tests 2025").personId();
        return HouseActor.of(id, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    private Responsibility create(HouseActor by, HouseActor holder, Set<Long> backups, LocalDate review) {
        return responsibilities.create(by, new NewResponsibility("Clés " + UUID.randomUUID(), holder.personId(), backups,
            "Le trousseau est dans la boîte du bureau.", review));
    }

    @Test
    void onlyCofoundersAndAdminsChangeTheRegisterAndOnlyPeopleOfTheHouseReadIt() {
        HouseActor cofounder = person("Cofondatrice", Role.COFOUNDER, Role.MEMBER);
        HouseActor admin = person("Admin", Role.ADMIN);
        HouseActor employee = person("Salariée", Role.EMPLOYEE, Role.MEMBER);
        HouseActor member = person("Membre", Role.MEMBER);
        HouseActor outsider = person("Sans rôle");
        LocalDate review = calendar.today().plusMonths(6);
        Responsibility keys = create(cofounder, employee, Set.of(), review);
        assertThatCode(() -> create(admin, member, Set.of(), review)).doesNotThrowAnyException();

        for (HouseActor notManaging : List.of(employee, member, outsider)) {
            List<ThrowingCallable> changes = List.of(
                () -> create(notManaging, employee, Set.of(), review),
                () -> responsibilities.change(notManaging, keys.id(), new ResponsibilityChange("Clés", Set.of(), "", review, keys.version())),
                () -> responsibilities.handOver(notManaging, keys.id(), new Handover(member.personId(), Set.of(), "", keys.version())),
                () -> responsibilities.archive(notManaging, keys.id(), keys.version()),
                () -> responsibilities.candidates(notManaging));
            changes.forEach(change -> assertThatThrownBy(change).isInstanceOf(GovernanceAccessDeniedException.class));
        }
        for (HouseActor reader : List.of(employee, member)) {
            assertThat(responsibilities.get(reader, keys.id()).title()).isEqualTo(keys.title());
            assertThat(responsibilities.page(reader, false, PageRequest.of(0, 5)).getTotalElements()).isPositive();
            assertThat(dependence.on(reader, calendar.today()).withoutBackup()).extracting(Responsibility::id).contains(keys.id());
        }
        List<ThrowingCallable> reads = List.of(
            () -> responsibilities.get(outsider, keys.id()),
            () -> responsibilities.page(outsider, false, PageRequest.of(0, 5)),
            () -> responsibilities.history(outsider, keys.id()),
            () -> dependence.on(outsider, calendar.today()));
        reads.forEach(read -> assertThatThrownBy(read).isInstanceOf(GovernanceAccessDeniedException.class));
        assertThat(responsibilities.alerts(outsider, calendar.today())).isEqualTo(ResponsibilityAlerts.NONE);
    }

    @Test
    void theHandoverNoteIsForTheHolderTheBackupsAndThoseWhoManage() {
        HouseActor cofounder = person("Cofondateur", Role.COFOUNDER);
        HouseActor holder = person("Titulaire", Role.EMPLOYEE);
        HouseActor backup = person("Suppléant", Role.VOLUNTEER);
        HouseActor member = person("Membre", Role.MEMBER);
        Responsibility bank = create(cofounder, holder, Set.of(backup.personId()), calendar.today().plusMonths(3));

        for (HouseActor allowed : List.of(cofounder, holder, backup)) {
            Responsibility seen = responsibilities.get(allowed, bank.id());
            assertThat(seen.noteShown()).isTrue();
            assertThat(seen.handoverNote()).isEqualTo("Le trousseau est dans la boîte du bureau.");
        }
        Responsibility seenByMember = responsibilities.get(member, bank.id());
        assertThat(seenByMember.noteShown()).isFalse();
        assertThat(seenByMember.handoverNote()).isEmpty();
        assertThat(seenByMember.holder().id()).isEqualTo(holder.personId());
        assertThat(seenByMember.backups()).extracting(b -> b.id()).containsExactly(backup.personId());
    }

    @Test
    void aHandoverIsADatedLineOfTheHistoryThatTheDatabaseKeepsForGood() throws SQLException {
        HouseActor cofounder = person("Martine", Role.COFOUNDER);
        HouseActor first = person("Jules", Role.VOLUNTEER);
        HouseActor second = person("Sabrina", Role.EMPLOYEE);
        HouseActor member = person("Nadia", Role.MEMBER);
        Responsibility opening = create(cofounder, first, Set.of(), calendar.today().plusMonths(1));

        responsibilities.handOver(cofounder, opening.id(), new Handover(second.personId(),
            Set.of(first.personId(), second.personId()), "Jules reste suppléant le samedi.", opening.version()));

        Responsibility now = responsibilities.get(cofounder, opening.id());
        assertThat(now.holder().id()).isEqualTo(second.personId());
        assertThat(now.backups()).extracting(b -> b.id()).containsExactly(first.personId());
        List<HandoverEntry> history = responsibilities.history(cofounder, opening.id());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).creation()).isTrue();
        assertThat(history.get(0).to()).isEqualTo("Jules");
        assertThat(history.get(1).from()).isEqualTo("Jules");
        assertThat(history.get(1).to()).isEqualTo("Sabrina");
        assertThat(history.get(1).by()).isEqualTo("Martine");
        assertThat(history.get(1).note()).isEqualTo("Jules reste suppléant le samedi.");
        assertThat(responsibilities.history(member, opening.id()).get(1).note()).isEmpty();

        assertThatThrownBy(() -> responsibilities.handOver(cofounder, opening.id(),
            new Handover(second.personId(), Set.of(), "", now.version())))
            .isInstanceOfSatisfying(ResponsibilityException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SAME_HOLDER));
        assertThatThrownBy(() -> responsibilities.handOver(cofounder, opening.id(),
            new Handover(member.personId(), Set.of(), "", opening.version())))
            .isInstanceOfSatisfying(ResponsibilityException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CHANGED_MEANWHILE));

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String change : List.of(
                    "UPDATE governance.responsibility_handover SET note = 'réécrit' WHERE responsibility_id = " + opening.id(),
                    "DELETE FROM governance.responsibility_handover WHERE responsibility_id = " + opening.id())) {
                assertThatThrownBy(() -> sql.execute(change)).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
        }
        assertThat(responsibilities.history(cofounder, opening.id())).hasSize(2);
    }

    @Test
    void notesHoldingAPasswordOrACodeAreRefusedAndNothingIsSaved() {
        HouseActor admin = person("Admin", Role.ADMIN);
        HouseActor holder = person("Titulaire", Role.MEMBER);
        LocalDate review = calendar.today().plusMonths(1);
        String title = "Banque " + UUID.randomUUID();
        assertThatThrownBy(() -> responsibilities.create(admin, new NewResponsibility(title, holder.personId(), Set.of(),
            "Identifiant 123456, mot de passe : Credit2026", review)))
            .isInstanceOfSatisfying(ResponsibilityException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SECRET_IN_NOTE));
        assertThat(jdbc.sql("SELECT count(*) FROM governance.responsibility WHERE title = :t").param("t", title)
            .query(Long.class).single()).isZero();

        Responsibility bank = responsibilities.create(admin, new NewResponsibility(title, holder.personId(), Set.of(),
            "Le code est dans le classeur rouge.", review));
        assertThatThrownBy(() -> responsibilities.change(admin, bank.id(), new ResponsibilityChange(title, Set.of(),
            "Le code est 4512", review, bank.version())))
            .isInstanceOfSatisfying(ResponsibilityException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SECRET_IN_NOTE));
        assertThatThrownBy(() -> responsibilities.handOver(admin, bank.id(), new Handover(admin.personId(), Set.of(),
            "password: hunter2", bank.version())))
            .isInstanceOfSatisfying(ResponsibilityException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SECRET_IN_HANDOVER));
        assertThatThrownBy(() -> responsibilities.create(admin, new NewResponsibility(title.toUpperCase(), holder.personId(),
            Set.of(), "", review)))
            .isInstanceOfSatisfying(ResponsibilityException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TITLE_TAKEN));
        assertThat(responsibilities.get(admin, bank.id()).handoverNote()).isEqualTo("Le code est dans le classeur rouge.");
    }

    @Test
    void anArchivedResponsibilityLeavesTheRegisterAndTheDependenceViewAndFreesItsTitle() {
        HouseActor admin = person("Admin", Role.ADMIN);
        HouseActor holder = person("Titulaire", Role.MEMBER);
        Responsibility site = create(admin, holder, Set.of(), calendar.today().plusMonths(1));

        responsibilities.archive(admin, site.id(), site.version());

        assertThat(responsibilities.get(admin, site.id()).archived()).isTrue();
        assertThat(dependence.on(admin, calendar.today()).withoutBackup()).extracting(Responsibility::id).doesNotContain(site.id());
        assertThatThrownBy(() -> responsibilities.archive(admin, site.id(), site.version() + 1))
            .isInstanceOfSatisfying(ResponsibilityException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CHANGED_MEANWHILE));
        assertThatCode(() -> responsibilities.create(admin, new NewResponsibility(site.title(), holder.personId(), Set.of(), "",
            calendar.today()))).doesNotThrowAnyException();
    }

    @Test
    void theDependenceViewSetsEachPersonsResponsibilitiesBesideTheirMandates() {
        HouseActor admin = person("Admin", Role.ADMIN);
        HouseActor pillar = person("Pilier", Role.COFOUNDER);
        HouseActor employee = person("Salariée", Role.EMPLOYEE);
        LocalDate today = calendar.today();
        for (int i = 0; i < 4; i++) {
            create(admin, pillar, Set.of(), today.plusMonths(1));
        }
        Responsibility shared = create(admin, employee, Set.of(pillar.personId()), today.plusMonths(1));
        Actor governanceAdmin = new Actor(admin.personId(), true);
        LegalEntity association = entities.create(governanceAdmin, new NewEntity("Association " + UUID.randomUUID(),
            LegalForm.ASSOCIATION, null, "Lens", "12-31", null));
        Body board = entities.addBody(governanceAdmin, association.id(), BodyKind.BOARD, "Conseil d’administration");
        mandates.appoint(governanceAdmin, association.id(), board.id(), pillar.personId(), null, MandateRole.CHAIR,
            today.minusYears(1), null);

        DependenceReport report = dependence.on(employee, today);

        DependenceReport.PersonLoad load = report.people().stream().filter(p -> p.person().id() == pillar.personId())
            .findFirst().orElseThrow();
        assertThat(report.threshold()).isEqualTo(3);
        assertThat(load.overloaded()).isTrue();
        assertThat(load.holds()).hasSize(4);
        assertThat(load.alone()).hasSize(4);
        assertThat(load.backsUp()).extracting(Responsibility::id).containsExactly(shared.id());
        assertThat(load.mandates()).singleElement().satisfies(m -> assertThat(m.body().id()).isEqualTo(board.id()));
        assertThat(report.overloaded()).extracting(p -> p.person().id()).contains(pillar.personId())
            .doesNotContain(employee.personId());
        assertThat(report.withoutBackup()).extracting(Responsibility::id).doesNotContain(shared.id());
        assertThat(responsibilities.alerts(admin, today).flagged()).isTrue();
    }

    @Test
    void aPassedReviewIsAnnouncedOnceToTheHolderAndThoseWhoManageAndAgainForANewDate() {
        HouseActor admin = person("Admin", Role.ADMIN);
        HouseActor holder = person("Titulaire", Role.EMPLOYEE);
        LocalDate today = calendar.today();
        Responsibility website = create(admin, holder, Set.of(), today.minusDays(3));
        Responsibility later = create(admin, holder, Set.of(), today.plusDays(3));

        reminders.remind(today);

        List<ReviewPassed> told = events.stream(ReviewPassed.class).filter(e -> e.responsibilityId() == website.id()).toList();
        assertThat(told).singleElement().satisfies(passed -> {
            assertThat(passed.reviewOn()).isEqualTo(today.minusDays(3));
            assertThat(passed.recipients()).extracting(r -> r.email())
                .contains(people.find(holder.personId()).orElseThrow().email(), people.find(admin.personId()).orElseThrow().email());
        });
        assertThat(events.stream(ReviewPassed.class).filter(e -> e.responsibilityId() == later.id())).isEmpty();
        assertThat(responsibilities.alerts(admin, today).reviews()).extracting(ResponsibilityAlerts.DueReview::id)
            .contains(website.id()).doesNotContain(later.id());
        assertThat(responsibilities.alerts(holder, today)).as("told by email, not on the dashboard")
            .isEqualTo(ResponsibilityAlerts.NONE);

        reminders.remind(today);
        assertThat(events.stream(ReviewPassed.class).filter(e -> e.responsibilityId() == website.id())).hasSize(1);

        responsibilities.change(admin, website.id(), new ResponsibilityChange(website.title(), Set.of(), "", today.minusDays(1),
            responsibilities.get(admin, website.id()).version()));
        reminders.remind(today);
        assertThat(events.stream(ReviewPassed.class).filter(e -> e.responsibilityId() == website.id())).hasSize(2);
    }

    @Test
    void twoInstancesRunningTheReminderAtOnceAnnounceAPassingOnce() throws Exception {
        HouseActor admin = person("Admin", Role.ADMIN);
        HouseActor holder = person("Titulaire", Role.MEMBER);
        LocalDate today = calendar.today();
        Responsibility website = create(admin, holder, Set.of(), today.minusDays(1));
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(FirstHouse.supplied(() -> inTransaction.execute(status -> {
            int announced = reminders.remind(today);
            claimed.countDown();
            try {
                assertThat(release.await(2, TimeUnit.MINUTES)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return announced;
        })));
        assertThat(claimed.await(2, TimeUnit.MINUTES)).isTrue();
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(FirstHouse.supplied(() -> reminders.remind(today)));
        try (Connection observer = dataSource.getConnection()) {
            DatabaseLocks.awaitWaitingSessions(observer, 1);
        }
        release.countDown();

        assertThat(first.get(2, TimeUnit.MINUTES)).isPositive();
        assertThat(second.get(2, TimeUnit.MINUTES)).as("the second instance waited for the first and found nothing left").isZero();
        assertThat(jdbc.sql("SELECT reminded_for FROM governance.responsibility WHERE id = :id").param("id", website.id())
            .query(LocalDate.class).single()).isEqualTo(today.minusDays(1));
    }
}
