package coop.toitcommun.web.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.People;
import coop.toitcommun.venue.volunteering.MissionCommand;
import coop.toitcommun.venue.volunteering.Missions;
import coop.toitcommun.venue.volunteering.ShiftPlan;
import coop.toitcommun.venue.volunteering.ShiftView;
import coop.toitcommun.venue.volunteering.Shifts;
import coop.toitcommun.venue.volunteering.VolunteeringActor;
import coop.toitcommun.web.FirstHouseWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Volunteering in the house (demo profile only): four missions, eight past weeks of confirmed hours in which Jules
 * (benevole@) carries far more than the others, and three coming weeks of shifts, some of them still needing people.
 * Loaded once, after the other demo data.
 */
@Component
@Profile("demo")
@Order(6)
class DemoVolunteering implements ApplicationRunner {

    static final String VOLUNTEER = "benevole@demo.toitcommun.coop";

    private static final Logger LOG = LoggerFactory.getLogger(DemoVolunteering.class);
    private static final String EMPLOYEE = "salariee@demo.toitcommun.coop";
    private static final List<String[]> HELPERS = List.of(
        new String[] {"Amélie Roux", "amelie.roux@example.org"},
        new String[] {"Karim Benaïssa", "karim.benaissa@example.org"},
        new String[] {"Odile Lemaire", "odile.lemaire@example.org"},
        new String[] {"Yanis Dufour", "yanis.dufour@example.org"});

    private final Missions missions;
    private final Shifts shifts;
    private final People people;
    private final HouseClock time;
    private final FirstHouseWork firstHouse;

    DemoVolunteering(FirstHouseWork firstHouse, Missions missions, Shifts shifts, People people, HouseClock time) {
        this.firstHouse = firstHouse;
        this.missions = missions;
        this.shifts = shifts;
        this.people = people;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstHouse.inTransaction(this::load);
    }

    private void load() {
        if (!missions.all().isEmpty()) {
            return;
        }
        VolunteeringActor staff = new VolunteeringActor(people.findByEmail(EMPLOYEE).orElseThrow().id(), true, true);
        long jules = people.findByEmail(VOLUNTEER).orElseThrow().id();
        List<Long> helpers = new ArrayList<>();
        for (String[] helper : HELPERS) {
            helpers.add(people.findByEmail(helper[1])
                .orElseGet(() -> people.register(helper[0], helper[1], Language.FR)).id());
        }
        long welcome = mission(staff, "Accueil", "Ouvrir la maison, accueillir les visiteurs et les orienter, répondre au téléphone.");
        long cleaning = mission(staff, "Ménage", "Salles, cuisine et sanitaires après les activités ; le matériel est dans le local sous l’escalier.");
        long setUp = mission(staff, "Installation d’événements", "Installer et ranger tables, chaises et sono avant et après les événements publics.");
        long repair = mission(staff, "Repair café", "Accueillir les personnes et leurs objets, aider les réparateurs bénévoles, tenir le registre des réparations.");

        // eight past weeks: Jules comes three or four times a week, each of the others once or twice a month
        LocalDate thisMonday = time.localNow().toLocalDate().with(DayOfWeek.MONDAY);
        for (int week = 1; week <= 8; week++) {
            LocalDate monday = thisMonday.minusWeeks(week);
            LocalDate saturday = monday.plusDays(5);
            long helper = helpers.get(week % helpers.size());
            long other = helpers.get((week + 1) % helpers.size());
            shifts.recordDone(staff, welcome, monday.plusDays(1).atTime(9, 0), monday.plusDays(1).atTime(13, 0), List.of(jules, helper));
            shifts.recordDone(staff, welcome, monday.plusDays(3).atTime(14, 0), monday.plusDays(3).atTime(18, 0), List.of(jules));
            shifts.recordDone(staff, cleaning, monday.plusDays(4).atTime(18, 0), monday.plusDays(4).atTime(20, 30), List.of(jules, other));
            if (week % 2 == 0) {
                shifts.recordDone(staff, repair, saturday.atTime(9, 30), saturday.atTime(12, 30), List.of(jules, helper, other));
            } else {
                shifts.recordDone(staff, setUp, monday.plusDays(2).atTime(17, 0), monday.plusDays(2).atTime(19, 0), List.of(jules, staff.personId()));
            }
        }

        // three coming weeks: the welcome desk twice a week, cleaning on Fridays, the next repair café and an event set-up
        LocalDate nextMonday = thisMonday.plusWeeks(1);
        LocalDate lastDay = nextMonday.plusWeeks(3);
        shifts.plan(welcome, new ShiftPlan(staff, nextMonday.plusDays(1), LocalTime.of(9, 0), LocalTime.of(13, 0), 2, lastDay));
        shifts.plan(welcome, new ShiftPlan(staff, nextMonday.plusDays(3), LocalTime.of(14, 0), LocalTime.of(18, 0), 2, lastDay));
        shifts.plan(cleaning, new ShiftPlan(staff, nextMonday.plusDays(4), LocalTime.of(18, 0), LocalTime.of(20, 30), 2, lastDay));
        shifts.plan(repair, new ShiftPlan(staff, nextMonday.plusWeeks(1).plusDays(5), LocalTime.of(9, 30), LocalTime.of(12, 30), 4, null));
        shifts.plan(setUp, new ShiftPlan(staff, nextMonday.plusWeeks(4).plusDays(4), LocalTime.of(16, 30), LocalTime.of(18, 0), 3, null));

        // Jules has already taken the first welcome desk and the first cleaning; the first welcome desk is full
        ShiftView firstWelcome = first(staff, welcome);
        shifts.assign(staff, firstWelcome.id(), jules);
        shifts.assign(staff, firstWelcome.id(), helpers.get(0));
        shifts.assign(staff, first(staff, cleaning).id(), jules);
        shifts.assign(staff, first(staff, repair).id(), helpers.get(2));
        LOG.info("Demo volunteering: 4 missions, 8 past weeks of confirmed hours (Jules above the thresholds), coming shifts");
    }

    private long mission(VolunteeringActor staff, String name, String description) {
        return missions.create(new MissionCommand(staff, name, description, -1)).id();
    }

    private ShiftView first(VolunteeringActor staff, long missionId) {
        return shifts.coming(staff, missionId, PageRequest.of(0, 1)).getContent().get(0);
    }
}
