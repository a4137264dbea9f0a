package coop.toitcommun.web.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingConflictException;
import coop.toitcommun.venue.BookingRefusedException;
import coop.toitcommun.venue.BookingRequest;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.venue.Frequency;
import coop.toitcommun.venue.OpeningPeriod;
import coop.toitcommun.venue.Recurrence;
import coop.toitcommun.venue.RoomCommand;
import coop.toitcommun.venue.RoomView;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.venue.Schedules;
import coop.toitcommun.web.FirstHouseWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The rooms of a typical house and a few weeks of bookings by the demo organisations, with one weekly series
 * (demo profile only). Loaded once: nothing happens when the large meeting room exists. The organisations
 * come from the membership demo data when it is there; missing ones are registered here.
 */
@Component
@Profile("demo")
@Order(2)
class DemoVenue implements ApplicationRunner {

    static final String FIRST_ROOM = "Grande salle";

    private static final Logger LOG = LoggerFactory.getLogger(DemoVenue.class);
    private static final String EMPLOYEE = "salariee@demo.toitcommun.coop";
    private static final String MEMBER = "membre@demo.toitcommun.coop";

    private final Rooms rooms;
    private final Schedules schedules;
    private final Bookings bookings;
    private final Organisations organisations;
    private final People people;
    private final HouseClock time;
    private final FirstHouseWork firstHouse;

    DemoVenue(FirstHouseWork firstHouse, Rooms rooms, Schedules schedules, Bookings bookings, Organisations organisations, People people, HouseClock time) {
        this.firstHouse = firstHouse;
        this.rooms = rooms;
        this.schedules = schedules;
        this.bookings = bookings;
        this.organisations = organisations;
        this.people = people;
        this.time = time;
    }

    /** All or nothing: a first start interrupted while loading leaves no half-loaded demo behind. */
    @Override
    public void run(ApplicationArguments args) {
        firstHouse.inTransaction(this::load);
    }

    private void load() {
        if (rooms.all().stream().anyMatch(r -> r.name().equals(FIRST_ROOM))) {
            return;
        }
        PersonRef employee = people.findByEmail(EMPLOYEE).orElseThrow();
        Actor staff = new Actor(employee.id(), true);
        Map<String, OrganisationRef> demo = new LinkedHashMap<>();
        demo.put("Micros-rebelles", organisation("Micros-rebelles", Circle.FOUNDING));
        demo.put("Vestali", organisation("Vestali", Circle.FOUNDING));
        demo.put("Cliss XXI", organisation("Cliss XXI", Circle.SECOND));
        people.findByEmail(MEMBER).ifPresent(member -> {
            if (organisations.ofPerson(member.id()).isEmpty()) {
                organisations.link(demo.get("Micros-rebelles").id(), member.id(), OrganisationRole.CONTACT);
            }
        });

        List<OpeningPeriod> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)) {
            hours.add(new OpeningPeriod(day, LocalTime.of(8, 0), day == DayOfWeek.SATURDAY ? LocalTime.of(18, 0) : LocalTime.of(22, 0)));
        }
        schedules.setHours(staff, null, hours);

        RoomView large = rooms.create(staff, room(FIRST_ROOM, "Grande salle du rez-de-chaussée, pour les assemblées et les conférences.",
            60, "Rez-de-chaussée", true, "Vidéoprojecteur, sonorisation, 60 chaises", false, 15, 2500, 1500, 6000, 1000));
        RoomView small = rooms.create(staff, room("Petite salle de réunion", "Une table, un tableau blanc, au calme.",
            10, "1er étage", true, "Écran, tableau blanc", false, 0, 800, 500, 2000, 300));
        RoomView workshop = rooms.create(staff, room("Atelier", "Établis et outillage pour les ateliers de réparation.",
            15, "Rez-de-chaussée", true, "Établis, outillage, évier", false, 30, 1200, 800, 3000, 500));
        RoomView office = rooms.create(staff, room("Bureau partagé", "Huit postes de travail pour les structures de passage.",
            8, "1er étage", true, "Wifi, imprimante", false, 0, 500, 300, 1500, 200));
        RoomView kitchen = rooms.create(staff, room("Cuisine", "Cuisine équipée : réservation validée par l’équipe.",
            12, "Rez-de-chaussée", true, "Four, plaques, lave-vaisselle", true, 30, 1500, 1000, 4000, 800));
        RoomView loft = rooms.create(staff, room("Salle du grenier", "Salle d’activité sous les toits, sans ascenseur.",
            20, "2e étage", false, "Tapis, chaises empilables", false, 0, 1000, 700, 2500, 400));

        LocalDate monday = time.localNow().toLocalDate().with(DayOfWeek.MONDAY);
        OrganisationRef micros = demo.get("Micros-rebelles");
        OrganisationRef vestali = demo.get("Vestali");
        OrganisationRef cliss = demo.get("Cliss XXI");
        int booked = 0;
        for (int week = 0; week < 4; week++) {
            LocalDate w = monday.plusWeeks(week);
            booked += book(staff, large, cliss, w.plusDays(1), 18, 21, "Assemblée des adhérents", 45, true);
            booked += book(staff, small, micros, w, 9, 11, "Réunion d’équipe", 6, true);
            booked += book(staff, small, cliss, w.plusDays(2), 14, 16, "Entretiens individuels", 2, false);
            booked += book(staff, workshop, micros, w.plusDays(3), 14, 18, "Atelier réparation d’ordinateurs", 12, true);
            booked += book(staff, office, vestali, w.plusDays(2), 9, 17, "Journée de travail", 4, true);
            booked += book(staff, kitchen, vestali, w.plusDays(4), 11, 14, "Repas partagé", 12, true);
            booked += book(staff, loft, micros, w.plusDays(5), 10, 12, "Atelier radio", 15, true);
        }
        LocalDate firstTuesday = monday.plusDays(1).isAfter(time.localNow().toLocalDate()) ? monday.plusDays(1) : monday.plusDays(8);
        BookingRequest permanence = new BookingRequest(staff, small.id(), vestali.id(), firstTuesday.atTime(10, 0),
            firstTuesday.atTime(12, 0), "Permanence d’accueil", 4, true, "");
        booked += bookings.bookSeries(permanence, new Recurrence(Frequency.WEEKLY, null, 10)).size();
        LOG.info("Demo venue: 6 rooms, {} bookings", booked);
    }

    private OrganisationRef organisation(String name, Circle circle) {
        return organisations.findByName(name).orElseGet(() -> organisations.register(name, OrganisationStatus.MEMBER, circle));
    }

    private int book(Actor staff, RoomView room, OrganisationRef organisation, LocalDate date, int from, int to, String title,
                     int attendees, boolean titlePublic) {
        LocalDateTime start = date.atTime(from, 0);
        if (!start.isAfter(time.localNow())) {
            return 0;
        }
        try {
            bookings.book(new BookingRequest(staff, room.id(), organisation.id(), start, date.atTime(to, 0), title, attendees,
                titlePublic, ""));
            return 1;
        } catch (BookingConflictException | BookingRefusedException e) {
            LOG.debug("Demo booking skipped: {}", title);
            return 0;
        }
    }

    private static RoomCommand room(String name, String description, int capacity, String floor, boolean stepFree,
                                    String equipment, boolean approval, int buffer, int member, int hosted, int outside,
                                    int solidarity) {
        return new RoomCommand(name, description, capacity, floor, stepFree, equipment, true, approval, approval, 30, 720, 365,
            buffer, member, hosted, outside, solidarity);
    }
}
