package coop.toitcommun.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.CurrentHouse;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.Role;
import coop.toitcommun.testsupport.DatabaseLocks;
import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.PostgresTest;
import coop.toitcommun.venue.volunteering.HoursLine;
import coop.toitcommun.venue.volunteering.LoadReport;
import coop.toitcommun.venue.volunteering.Loads;
import coop.toitcommun.venue.volunteering.MissionCommand;
import coop.toitcommun.venue.volunteering.Missions;
import coop.toitcommun.venue.volunteering.OverloadSettings;
import coop.toitcommun.venue.volunteering.PersonLoad;
import coop.toitcommun.venue.volunteering.ShiftCancelled;
import coop.toitcommun.venue.volunteering.ShiftPlan;
import coop.toitcommun.venue.volunteering.ShiftView;
import coop.toitcommun.venue.volunteering.Shifts;
import coop.toitcommun.venue.volunteering.VolunteerOverloaded;
import coop.toitcommun.venue.volunteering.VolunteeringActor;
import coop.toitcommun.venue.volunteering.VolunteeringRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Volunteering on PostgreSQL (the clock is fixed on Monday 2 February 2026, 09:00 in Paris): shifts planned once and
 * weekly across the change to summer time, sign-up and withdrawal, the last place taken by two people at once,
 * hours confirmed and corrected by coordinators only, the load over 4 and 12 weeks with the busiest few's share, and
 * overloads told once per crossing, even by two instances at once.
 */
@SpringBootTest(classes = VenueTestApplication.class, properties = "spring.datasource.hikari.maximum-pool-size=10")
@PostgresTest
@RecordApplicationEvents
class VolunteeringIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate NEXT_TUESDAY = LocalDate.of(2026, 2, 10);

    @Autowired Missions missions;
    @Autowired Shifts shifts;
    @Autowired Loads loads;
    @Autowired coop.toitcommun.venue.volunteering.Years years;
    @Autowired coop.toitcommun.venue.volunteering.Volunteers volunteers;
    @Autowired People people;
    @Autowired Accounts accounts;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents published;

    @Test
    void aWeeklyPlanKeepsItsLocalHoursAcrossTheClockChangeAndOnlyCoordinatorsPlan() {
        VolunteeringActor coordinator = coordinator();
        long mission = mission(coordinator);

        int created = shifts.plan(mission, new ShiftPlan(coordinator, LocalDate.of(2026, 3, 24), LocalTime.of(10, 0),
            LocalTime.of(12, 0), 2, LocalDate.of(2026, 4, 7)));

        assertThat(created).isEqualTo(3);
        List<ShiftView> planned = shifts.coming(coordinator, mission, PageRequest.of(0, 10)).getContent();
        assertThat(planned).extracting(s -> s.start().withZoneSameInstant(PARIS).toLocalDateTime()).containsExactly(
            LocalDateTime.of(2026, 3, 24, 10, 0), LocalDateTime.of(2026, 3, 31, 10, 0), LocalDateTime.of(2026, 4, 7, 10, 0));
        assertThat(planned).extracting(ShiftView::minutes).containsOnly(120L);
        assertThat(missions.get(mission).shiftsNeedingPeople()).isEqualTo(3);

        assertRefused(() -> shifts.plan(mission, plan(coordinator, LocalDate.of(2026, 2, 1), 1)), "volunteering.refused.past");
        assertRefused(() -> shifts.plan(mission, new ShiftPlan(coordinator, NEXT_TUESDAY, LocalTime.of(12, 0),
            LocalTime.of(10, 0), 1, null)), "volunteering.refused.endBeforeStart");
        assertRefused(() -> shifts.plan(mission, new ShiftPlan(coordinator, LocalDate.of(2026, 3, 29), LocalTime.of(2, 30),
            LocalTime.of(4, 0), 1, null)), "volunteering.refused.skippedHour");
        assertRefused(() -> shifts.plan(mission, new ShiftPlan(coordinator, NEXT_TUESDAY, LocalTime.of(9, 0),
            LocalTime.of(10, 0), 1, NEXT_TUESDAY.plusYears(2))), "volunteering.refused.tooManyShifts");
        assertThatThrownBy(() -> shifts.plan(mission, plan(volunteer(), NEXT_TUESDAY, 1)))
            .isInstanceOf(VenueAccessDeniedException.class);
        assertThatThrownBy(() -> missions.create(new MissionCommand(volunteer(), "Jardin", "", -1)))
            .isInstanceOf(VenueAccessDeniedException.class);
        assertRefused(() -> missions.create(new MissionCommand(coordinator, missions.get(mission).name().toUpperCase(), "", -1)),
            "volunteering.refused.missionName");
    }

    @Test
    void volunteersSignUpUntilTheShiftIsFullAndWithdrawUntilItStarts() {
        VolunteeringActor coordinator = coordinator();
        long mission = mission(coordinator);
        ShiftView shift = only(coordinator, mission, plan(coordinator, NEXT_TUESDAY, 2));
        VolunteeringActor anne = volunteer();
        VolunteeringActor bruno = volunteer();
        VolunteeringActor chloe = volunteer();

        shifts.signUp(anne, shift.id());
        assertRefused(() -> shifts.signUp(anne, shift.id()), "volunteering.refused.already");
        shifts.signUp(bruno, shift.id());
        assertRefused(() -> shifts.signUp(chloe, shift.id()), "volunteering.refused.full");
        assertThat(shifts.get(chloe, shift.id()).full()).isTrue();
        assertThat(shifts.roster(chloe, shift.id())).hasSize(2);

        HoursLine mine = shifts.hoursOf(anne, anne.personId(), PageRequest.of(0, 10)).getContent().get(0);
        assertThat(mine.withdrawable()).isTrue();
        assertThatThrownBy(() -> shifts.withdraw(bruno, mine.signUpId())).isInstanceOf(VenueAccessDeniedException.class);
        shifts.withdraw(anne, mine.signUpId());
        shifts.withdraw(anne, mine.signUpId());
        assertThat(shifts.get(anne, shift.id()).taken()).isEqualTo(1);
        shifts.signUp(chloe, shift.id());
        assertThat(shifts.roster(chloe, shift.id())).extracting(r -> r.personId()).containsExactly(bruno.personId(), chloe.personId());

        // a shift that has started takes no sign-up and no withdrawal
        long past = shifts.recordDone(coordinator, mission, LocalDateTime.of(2026, 2, 2, 8, 0), LocalDateTime.of(2026, 2, 2, 12, 0),
            List.of(anne.personId()));
        assertRefused(() -> shifts.signUp(bruno, past), "volunteering.refused.started");
        long signUp = shifts.hoursOf(anne, anne.personId(), PageRequest.of(0, 10)).getContent().stream()
            .filter(l -> l.shiftId() == past).findFirst().orElseThrow().signUpId();
        assertRefused(() -> shifts.withdraw(anne, signUp), "volunteering.refused.started");

        // someone without the volunteer role reads, but cannot sign up
        VolunteeringActor member = new VolunteeringActor(people.register("Membre " + suffix(), suffix() + "@example.org",
            Language.FR).id(), false, false);
        assertThatThrownBy(() -> shifts.signUp(member, shift.id())).isInstanceOf(VenueAccessDeniedException.class);
    }

    /**
     * Two volunteers ask for the last place while a third session holds the shift's row: both wait on the lock, as
     * pg_locks shows, then go one after the other. Exactly one gets the place; the other is told the shift is full.
     */
    @Test
    void twoPeopleTakingTheLastPlaceAtOnceExactlyOneGetsIt() throws Exception {
        VolunteeringActor coordinator = coordinator();
        ShiftView shift = only(coordinator, mission(coordinator), plan(coordinator, NEXT_TUESDAY, 1));
        VolunteeringActor first = volunteer();
        VolunteeringActor second = volunteer();
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection holder = dataSource.getConnection(); Connection observer = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM venue.volunteer_shift WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, shift.id());
                lock.executeQuery().close();
            }
            Future<?> one = pool.submit(CurrentHouse.carried(() -> outcomes.add(attempt(first, shift.id()))));
            Future<?> two = pool.submit(CurrentHouse.carried(() -> outcomes.add(attempt(second, shift.id()))));
            DatabaseLocks.awaitWaitingSessions(observer, 2);
            holder.commit();
            one.get(90, TimeUnit.SECONDS);
            two.get(90, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes).containsExactlyInAnyOrder("signed up", "volunteering.refused.full");
        assertThat(shifts.roster(coordinator, shift.id())).hasSize(1);
        assertThat(shifts.get(coordinator, shift.id()).taken()).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesMorePeopleThanThePlaces() {
        VolunteeringActor coordinator = coordinator();
        ShiftView shift = only(coordinator, mission(coordinator), plan(coordinator, NEXT_TUESDAY, 1));
        assertThatThrownBy(() -> jdbc.sql("UPDATE venue.volunteer_shift SET taken = 2 WHERE id = :id")
            .param("id", shift.id()).update())
            .hasMessageContaining("volunteer_shift_within_places");
    }

    @Test
    void coordinatorsConfirmOrCorrectTheHoursOnceTheShiftHasStarted() {
        VolunteeringActor coordinator = coordinator();
        long mission = mission(coordinator);
        VolunteeringActor dora = volunteer();
        ShiftView coming = only(coordinator, mission, plan(coordinator, NEXT_TUESDAY, 2));
        shifts.signUp(dora, coming.id());
        long comingSignUp = shifts.roster(coordinator, coming.id()).get(0).id();
        assertRefused(() -> shifts.confirm(coordinator, comingSignUp, 120), "volunteering.refused.notStarted");

        long done = shifts.recordDone(coordinator, mission, LocalDateTime.of(2026, 1, 27, 9, 0),
            LocalDateTime.of(2026, 1, 27, 12, 0), List.of(dora.personId()));
        long signUp = shifts.roster(coordinator, done).get(0).id();
        assertThat(shifts.roster(coordinator, done).get(0).confirmedMinutes()).isEqualTo(180);
        assertThatThrownBy(() -> shifts.confirm(dora, signUp, 600)).isInstanceOf(VenueAccessDeniedException.class);
        assertRefused(() -> shifts.confirm(coordinator, signUp, 1500), "volunteering.refused.minutes");

        shifts.confirm(coordinator, signUp, 150);

        assertThat(shifts.roster(coordinator, done).get(0).confirmedMinutes()).isEqualTo(150);
        assertThat(loads.mine(dora).minutes4()).isEqualTo(150);
        assertThat(shifts.hoursOf(dora, dora.personId(), PageRequest.of(0, 10)).getContent())
            .extracting(HoursLine::confirmedMinutes).containsExactly(null, 150);
        assertThatThrownBy(() -> shifts.hoursOf(volunteer(), dora.personId(), PageRequest.of(0, 10)))
            .isInstanceOf(VenueAccessDeniedException.class);
    }

    @Test
    void theLoadCountsConfirmedHoursOver4And12WeeksAndShowsTheBusiestFirst() {
        VolunteeringActor coordinator = coordinator();
        long mission = mission(coordinator);
        VolunteeringActor eve = volunteer();
        VolunteeringActor fred = volunteer();
        // Eve: 4 h three weeks ago and 6 h ten weeks ago; Fred: 2 h last week, and 5 h fourteen weeks ago (outside)
        shifts.recordDone(coordinator, mission, LocalDateTime.of(2026, 1, 12, 9, 0), LocalDateTime.of(2026, 1, 12, 13, 0), List.of(eve.personId()));
        shifts.recordDone(coordinator, mission, LocalDateTime.of(2025, 11, 24, 9, 0), LocalDateTime.of(2025, 11, 24, 15, 0), List.of(eve.personId()));
        shifts.recordDone(coordinator, mission, LocalDateTime.of(2026, 1, 28, 14, 0), LocalDateTime.of(2026, 1, 28, 16, 0), List.of(fred.personId()));
        shifts.recordDone(coordinator, mission, LocalDateTime.of(2025, 10, 27, 9, 0), LocalDateTime.of(2025, 10, 27, 14, 0), List.of(fred.personId()));
        shifts.signUp(fred, only(coordinator, mission, plan(coordinator, NEXT_TUESDAY, 3)).id());

        LoadReport report = loads.report(coordinator);

        PersonLoad eveLoad = load(report, eve);
        PersonLoad fredLoad = load(report, fred);
        assertThat(eveLoad.minutes4()).isEqualTo(240);
        assertThat(eveLoad.minutes12()).isEqualTo(600);
        assertThat(fredLoad.minutes4()).isEqualTo(120);
        assertThat(fredLoad.minutes12()).isEqualTo(120);
        assertThat(fredLoad.comingMinutes()).isEqualTo(180);
        assertThat(report.people().indexOf(eveLoad)).isLessThan(report.people().indexOf(fredLoad));
        assertThat(report.total4()).isGreaterThanOrEqualTo(360);
        assertThat(report.busiestShare4()).isBetween(1, 100);
        assertThatThrownBy(() -> loads.report(eve)).isInstanceOf(VenueAccessDeniedException.class);
        // the coordinators' sign-up list puts the less loaded first
        ShiftView next = only(coordinator, mission, plan(coordinator, NEXT_TUESDAY.plusDays(1), 2));
        List<Long> candidates = loads.candidates(coordinator, next.id()).stream().map(PersonLoad::personId).toList();
        assertThat(candidates.indexOf(fred.personId())).isLessThan(candidates.indexOf(eve.personId()));
    }

    @Test
    void anOverloadIsToldOncePerCrossingAndAgainAfterFallingBack() {
        VolunteeringActor coordinator = coordinator();
        long mission = mission(coordinator);
        VolunteeringActor gilles = volunteer();
        long done = shifts.recordDone(coordinator, mission, LocalDateTime.of(2026, 1, 20, 8, 0),
            LocalDateTime.of(2026, 1, 21, 8, 0), List.of(gilles.personId()));
        long other = shifts.recordDone(coordinator, mission, LocalDateTime.of(2026, 1, 26, 8, 0),
            LocalDateTime.of(2026, 1, 26, 20, 0), List.of(gilles.personId()));
        assertThat(loads.mine(gilles).overloaded()).isTrue();

        assertThat(loads.tellNewOverloads()).contains(gilles.personId());
        assertThat(loads.tellNewOverloads()).doesNotContain(gilles.personId());
        VolunteerOverloaded told = published.stream(VolunteerOverloaded.class)
            .filter(e -> e.personId() == gilles.personId()).findFirst().orElseThrow();
        assertThat(told.minutes4()).isEqualTo(24 * 60 + 12 * 60);
        assertThat(told.coordinators()).extracting(c -> c.personId()).contains(coordinator.personId());
        assertThat(published.stream(VolunteerOverloaded.class).filter(e -> e.personId() == gilles.personId())).hasSize(1);

        // the hours are corrected to nothing (a mistake), then confirmed again: a new crossing, told again
        long first = shifts.roster(coordinator, done).get(0).id();
        long second = shifts.roster(coordinator, other).get(0).id();
        shifts.confirm(coordinator, first, 0);
        shifts.confirm(coordinator, second, 0);
        assertThat(loads.mine(gilles).overloaded()).isFalse();
        assertThat(loads.tellNewOverloads()).doesNotContain(gilles.personId());
        shifts.confirm(coordinator, first, 24 * 60);
        shifts.confirm(coordinator, second, 12 * 60);
        assertThat(loads.tellNewOverloads()).contains(gilles.personId());
    }

    /**
     * Another instance is recording the same crossing (its insert not yet committed): this one waits on it, as
     * pg_locks shows, and then tells nobody about that person.
     */
    @Test
    void twoInstancesLookingAtOnceTellACrossingOnce() throws Exception {
        VolunteeringActor coordinator = coordinator();
        VolunteeringActor ines = volunteer();
        shifts.recordDone(coordinator, mission(coordinator), LocalDateTime.of(2026, 1, 19, 8, 0),
            LocalDateTime.of(2026, 1, 20, 8, 0), List.of(ines.personId()));
        shifts.recordDone(coordinator, mission(coordinator), LocalDateTime.of(2026, 1, 22, 8, 0),
            LocalDateTime.of(2026, 1, 22, 20, 0), List.of(ines.personId()));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection(); Connection observer = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement(
                    "INSERT INTO venue.volunteer_overload (person_id, crossed_at) VALUES (?, now())")) {
                insert.setLong(1, ines.personId());
                insert.executeUpdate();
            }
            Future<List<Long>> told = pool.submit(FirstHouse.carried(() -> loads.tellNewOverloads()));
            DatabaseLocks.awaitWaitingSessions(observer, 1);
            other.commit();
            assertThat(told.get(90, TimeUnit.SECONDS)).doesNotContain(ines.personId());
        } finally {
            pool.shutdown();
        }
        assertThat(loads.tellNewOverloads()).doesNotContain(ines.personId());
    }

    @Test
    void theThresholdsAreTheHousesAndOnlyCoordinatorsChangeThem() {
        VolunteeringActor coordinator = coordinator();
        OverloadSettings before = loads.settings();
        assertThatThrownBy(() -> loads.change(volunteer(), before)).isInstanceOf(VenueAccessDeniedException.class);
        assertRefused(() -> loads.change(coordinator, new OverloadSettings(0, 30, 20, before.version())),
            "volunteering.refused.settings");
        OverloadSettings after = loads.change(coordinator, new OverloadSettings(before.weeklyHours() + 1,
            before.sharePercent(), before.shareMinimumHours(), before.version()));
        assertThat(after.weeklyHours()).isEqualTo(before.weeklyHours() + 1);
        assertThatThrownBy(() -> loads.change(coordinator, before))
            .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        loads.change(coordinator, new OverloadSettings(before.weeklyHours(), before.sharePercent(),
            before.shareMinimumHours(), after.version()));
    }

    @Test
    void cancellingAComingShiftTellsThePeopleSignedUp() {
        VolunteeringActor coordinator = coordinator();
        ShiftView shift = only(coordinator, mission(coordinator), plan(coordinator, NEXT_TUESDAY, 2));
        VolunteeringActor jade = volunteer();
        shifts.signUp(jade, shift.id());
        assertThatThrownBy(() -> shifts.cancel(jade, shift.id())).isInstanceOf(VenueAccessDeniedException.class);

        shifts.cancel(coordinator, shift.id());

        assertThat(shifts.get(jade, shift.id()).cancelled()).isTrue();
        assertThat(published.stream(ShiftCancelled.class)).singleElement()
            .satisfies(e -> assertThat(e.signedUp()).extracting(p -> p.id()).containsExactly(jade.personId()));
        assertRefused(() -> shifts.signUp(volunteer(), shift.id()), "volunteering.refused.cancelled");
    }

    @Test
    void aShiftStillNeedingPeople48HoursAheadIsAnnouncedOnceToThoseWhoDidItsMissionBefore() {
        VolunteeringActor coordinator = coordinator();
        long mission = mission(coordinator);
        VolunteeringActor came = volunteer();
        VolunteeringActor absent = volunteer();
        VolunteeringActor alreadyOn = volunteer();
        long before = shifts.recordDone(coordinator, mission, LocalDateTime.of(2026, 1, 13, 9, 0),
            LocalDateTime.of(2026, 1, 13, 12, 0), List.of(came.personId(), absent.personId(), alreadyOn.personId()));
        shifts.confirm(coordinator, shifts.roster(coordinator, before).get(1).id(), 0);
        ShiftView tomorrow = only(coordinator, mission, plan(coordinator, LocalDate.of(2026, 2, 3), 3));
        ShiftView later = only(coordinator, mission, plan(coordinator, LocalDate.of(2026, 2, 6), 3));
        shifts.signUp(alreadyOn, tomorrow.id());

        List<Long> announced = shifts.announceUnfilled(java.time.Duration.ofHours(48));

        assertThat(announced).contains(tomorrow.id()).doesNotContain(later.id());
        assertThat(published.stream(coop.toitcommun.venue.volunteering.ShiftNeedsPeople.class)
            .filter(e -> e.shift().id() == tomorrow.id())).singleElement()
            .satisfies(e -> assertThat(e.volunteers()).extracting(p -> p.id()).containsExactly(came.personId()));
        assertThat(shifts.announceUnfilled(java.time.Duration.ofHours(48))).doesNotContain(tomorrow.id());
    }

    @Test
    void theYearsHoursArePerMissionForCoordinatorsAndPerPersonForTheirAttestation() {
        VolunteeringActor coordinator = coordinator();
        long mission = mission(coordinator);
        String name = missions.get(mission).name();
        VolunteeringActor kim = volunteer();
        VolunteeringActor lou = volunteer();
        shifts.recordDone(coordinator, mission, LocalDateTime.of(2026, 1, 6, 9, 0), LocalDateTime.of(2026, 1, 6, 12, 0),
            List.of(kim.personId(), lou.personId()));
        shifts.recordDone(coordinator, mission, LocalDateTime.of(2026, 1, 20, 14, 0), LocalDateTime.of(2026, 1, 20, 15, 30),
            List.of(kim.personId()));
        // the last evening of 2025 belongs to 2025
        shifts.recordDone(coordinator, mission, LocalDateTime.of(2025, 12, 31, 20, 0), LocalDateTime.of(2025, 12, 31, 23, 0),
            List.of(kim.personId()));

        assertThat(years.byMission(coordinator, 2026)).filteredOn(m -> m.mission().equals(name)).singleElement()
            .satisfies(m -> {
                assertThat(m.shifts()).isEqualTo(2);
                assertThat(m.people()).isEqualTo(2);
                assertThat(m.minutes()).isEqualTo(180 + 180 + 90);
            });
        assertThat(years.ofPerson(kim, kim.personId(), 2026).minutes()).isEqualTo(270);
        assertThat(years.ofPerson(coordinator, kim.personId(), 2025).minutes()).isEqualTo(180);
        assertThatThrownBy(() -> years.ofPerson(lou, kim.personId(), 2026)).isInstanceOf(VenueAccessDeniedException.class);
        assertThatThrownBy(() -> years.byMission(kim, 2026)).isInstanceOf(VenueAccessDeniedException.class);
        assertThatThrownBy(() -> years.byMission(coordinator, 99999)).isInstanceOf(VenueNotFoundException.class);
    }

    @Test
    void aCoordinatorRecordsAVolunteerWithoutAnAccountWithTheirConsentAndSignsThemUp() {
        VolunteeringActor coordinator = coordinator();
        String email = "sans-compte-" + suffix() + "@example.org";
        assertRefused(() -> volunteers.record(coordinator, "Rose Sans-Compte", email, false), "volunteering.refused.consent");
        assertThatThrownBy(() -> volunteers.record(volunteer(), "Rose Sans-Compte", email, true))
            .isInstanceOf(VenueAccessDeniedException.class);

        long rose = volunteers.record(coordinator, "Rose Sans-Compte", email, true);

        assertThat(jdbc.sql("SELECT recorded_by FROM venue.volunteer_consent WHERE person_id = :p").param("p", rose)
            .query(Long.class).single()).isEqualTo(coordinator.personId());
        assertThat(accounts.find(rose)).isEmpty();
        assertThat(loads.report(coordinator).people()).extracting(PersonLoad::personId).contains(rose);
        ShiftView shift = only(coordinator, mission(coordinator), plan(coordinator, NEXT_TUESDAY, 2));
        assertThat(loads.candidates(coordinator, shift.id())).extracting(PersonLoad::personId).contains(rose);
        shifts.assign(coordinator, shift.id(), rose);
        assertThat(shifts.roster(coordinator, shift.id())).extracting(r -> r.name()).containsExactly("Rose Sans-Compte");
        assertRefused(() -> volunteers.record(coordinator, "Autre Rose", email.toUpperCase(), true), "volunteering.refused.emailKnown");
    }

    @Test
    void theFormsOfCoordinationOpenForCoordinatorsOnly() {
        VolunteeringActor coordinator = coordinator();
        long mission = mission(coordinator);
        for (VolunteeringActor other : List.of(volunteer(), VolunteeringActor.of(people.register("Membre " + suffix(),
                "m-" + suffix() + "@example.org", Language.FR).id(), Set.of(Role.MEMBER, Role.ADMIN)))) {
            assertThatThrownBy(() -> missions.checkMayCreate(other)).isInstanceOf(VenueAccessDeniedException.class);
            assertThatThrownBy(() -> missions.forEditing(other, mission)).isInstanceOf(VenueAccessDeniedException.class);
            assertThatThrownBy(() -> volunteers.checkMayRecord(other)).isInstanceOf(VenueAccessDeniedException.class);
        }

        missions.checkMayCreate(coordinator);
        volunteers.checkMayRecord(coordinator);
        assertThat(missions.forEditing(coordinator, mission).id()).isEqualTo(mission);
        assertThatThrownBy(() -> missions.forEditing(coordinator, Long.MAX_VALUE)).isInstanceOf(VenueNotFoundException.class);
    }

    private String attempt(VolunteeringActor actor, long shiftId) {
        try {
            shifts.signUp(actor, shiftId);
            return "signed up";
        } catch (VolunteeringRefusedException e) {
            return e.reason();
        }
    }

    private static PersonLoad load(LoadReport report, VolunteeringActor actor) {
        return report.people().stream().filter(p -> p.personId() == actor.personId()).findFirst().orElseThrow();
    }

    private ShiftView only(VolunteeringActor coordinator, long mission, ShiftPlan plan) {
        assertThat(shifts.plan(mission, plan)).isEqualTo(1);
        return shifts.coming(coordinator, mission, PageRequest.of(0, 50)).getContent().stream()
            .filter(s -> s.start().toLocalDate().equals(plan.date())).findFirst().orElseThrow();
    }

    private static ShiftPlan plan(VolunteeringActor coordinator, LocalDate date, int places) {
        return new ShiftPlan(coordinator, date, LocalTime.of(9, 0), LocalTime.of(12, 0), places, null);
    }

    private long mission(VolunteeringActor coordinator) {
        return missions.create(new MissionCommand(coordinator, "Mission " + suffix(), "", -1)).id();
    }

    private VolunteeringActor coordinator() {
        String suffix = suffix();
        long id = accounts.createActivated(new Invitation("coord-" + suffix + "@example.org", "Coordinatrice " + suffix,
            Language.FR, Set.of(Role.EMPLOYEE)), "mot-de-passe-bien-solide").personId();
        return new VolunteeringActor(id, true, true);
    }

    private VolunteeringActor volunteer() {
        String suffix = suffix();
        return new VolunteeringActor(people.register("Bénévole " + suffix, "b-" + suffix + "@example.org", Language.FR).id(),
            true, false);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VolunteeringRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
