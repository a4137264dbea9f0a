package coop.toitcommun.web.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.CurrentHouse;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.EssStatus;
import coop.toitcommun.membership.House;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.Houses;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.LegalForm;
import coop.toitcommun.membership.Network;
import coop.toitcommun.membership.NetworkPublication;
import coop.toitcommun.membership.OrganisationDetails;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.Role;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingRequest;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.venue.OpeningPeriod;
import coop.toitcommun.venue.PublicEventCommand;
import coop.toitcommun.venue.PublicEvents;
import coop.toitcommun.venue.Partnerships;
import coop.toitcommun.venue.RoomCommand;
import coop.toitcommun.venue.RoomView;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.venue.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A second house of the network, Porte Mine, served at {@value #HOST} (Le Toit Commun answers at localhost): its
 * accounts, two member organisations in its directory and the network's, two rooms with a few bookings and a public
 * event, both published to the network, and a reciprocity agreement with Le Toit Commun: the hall is open to its
 * members, 20 hours a month, and Le Toit Commun grants Porte Mine's members 10 (demo profile only). One
 * person belongs to both houses with other roles: Le Toit Commun's co-founder Martine Delattre is a member here, with
 * an account of this house (the same email address and password). Loaded once: nothing happens when the house exists.
 */
@Component
@Profile("demo")
@Order(8)
class DemoPorteMine implements ApplicationRunner {

    static final String HOST = "127.0.0.1";
    static final String COORDINATOR = "coordination@porte-mine.example.org";

    private static final Logger LOG = LoggerFactory.getLogger(DemoPorteMine.class);

    private static final List<Invitation> ACCOUNTS = List.of(
        new Invitation(COORDINATOR, "Léa Vandenberghe", Language.FR, Set.of(Role.ADMIN, Role.EMPLOYEE, Role.MEMBER)),
        new Invitation(DemoMembership.COFOUNDER, "Martine Delattre", Language.FR, Set.of(Role.MEMBER)));

    private final Houses houses;
    private final TransactionTemplate transactions;
    private final Accounts accounts;
    private final Organisations organisations;
    private final Rooms rooms;
    private final Schedules schedules;
    private final Bookings bookings;
    private final PublicEvents events;
    private final HouseClock time;
    private final Network network;
    private final Partnerships partnerships;
    private final People people;

    DemoPorteMine(Houses houses, TransactionTemplate transactions, Accounts accounts, Organisations organisations,
                  Rooms rooms, Schedules schedules, Bookings bookings, PublicEvents events, HouseClock time,
                  Network network, Partnerships partnerships, People people) {
        this.network = network;
        this.partnerships = partnerships;
        this.people = people;
        this.houses = houses;
        this.transactions = transactions;
        this.accounts = accounts;
        this.organisations = organisations;
        this.rooms = rooms;
        this.schedules = schedules;
        this.bookings = bookings;
        this.events = events;
        this.time = time;
    }

    /** The house first, then all of its demo data or nothing, in a transaction of the new house. */
    @Override
    public void run(ApplicationArguments args) {
        if (houses.all().stream().anyMatch(house -> HOST.equals(house.host()))) {
            return;
        }
        House porteMine = houses.open("Porte Mine", HOST);
        CurrentHouse.run(porteMine.id(), () -> transactions.executeWithoutResult(status -> load()));
        CurrentHouse.run(Houses.FIRST, () -> transactions.executeWithoutResult(status -> partnerships.grant(
            new Actor(people.findByEmail(DemoAccounts.ADMIN).orElseThrow().id(), true), porteMine.id(), 10)));
        LOG.info("Demo house Porte Mine at http://{}:<port>: {} accounts (password '{}'), 2 organisations, 2 rooms "
            + "(one open to Le Toit Commun's members), 1 public event", HOST, ACCOUNTS.size(), DemoAccounts.PASSWORD);
    }

    private OrganisationRef member(String name, String description) {
        return organisations.register(new OrganisationDetails(name, LegalForm.ASSOCIATION, EssStatus.ESS_BY_LEGAL_FORM,
            null, null, null, null, null, null, null, description, true, true), OrganisationStatus.MEMBER, Circle.FOUNDING);
    }

    private void load() {
        List<Long> accountIds = ACCOUNTS.stream()
            .map(account -> accounts.createActivated(account, DemoAccounts.PASSWORD).personId()).toList();
        Actor staff = new Actor(accountIds.get(0), true);
        network.publish(accountIds.get(0), new NetworkPublication(true, true));
        OrganisationRef bikes = member("Atelier vélo des Cités", "Atelier participatif : on apprend à réparer son "
            + "vélo soi-même, avec les outils et les conseils des bénévoles.");
        OrganisationRef garden = member("Jardin partagé du Chevalement", "Un potager collectif au pied du chevalement, "
            + "ouvert aux habitantes et habitants de la cité.");
        organisations.link(bikes.id(), accountIds.get(0), OrganisationRole.LEGAL_REPRESENTATIVE);
        organisations.link(garden.id(), accountIds.get(1), OrganisationRole.LEGAL_REPRESENTATIVE);

        List<OpeningPeriod> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
            DayOfWeek.SATURDAY)) {
            hours.add(new OpeningPeriod(day, LocalTime.of(9, 0), LocalTime.of(19, 0)));
        }
        schedules.setHours(staff, null, hours);
        RoomView hall = rooms.create(staff, new RoomCommand("Salle des mineurs", "L’ancienne salle des pendus, pour les "
            + "réunions et les fêtes.", 40, "Rez-de-chaussée", true, "Chaises, tables, sonorisation", true, false, false,
            30, 720, 365, 15, 1500, 1000, 3500, 600));
        RoomView workshop = rooms.create(staff, new RoomCommand("Atelier", "Établis, pieds d’atelier et outils pour "
            + "réparer les vélos.", 10, "Rez-de-chaussée", true, "Établis, outillage", true, false, false,
            30, 480, 365, 0, 800, 500, 2000, 300));
        partnerships.openToPartners(staff, hall.id(), true);
        partnerships.grant(staff, Houses.FIRST, 20);

        LocalDate tuesday = time.localNow().toLocalDate().with(DayOfWeek.TUESDAY).plusWeeks(1);
        for (int week = 0; week < 3; week++) {
            LocalDate day = tuesday.plusWeeks(week);
            bookings.book(new BookingRequest(staff, workshop.id(), bikes.id(), day.atTime(14, 0), day.atTime(18, 0),
                "Réparation de vélos", 8, true, ""));
            bookings.book(new BookingRequest(staff, hall.id(), garden.id(), day.plusDays(2).atTime(17, 0),
                day.plusDays(2).atTime(19, 0), "Réunion des jardiniers", 15, true, ""));
        }
        LocalDate saturday = tuesday.plusDays(4).plusWeeks(1);
        events.publish(new PublicEventCommand(staff, bikes.id(), "Bourse aux vélos",
            "Venez vendre, acheter ou faire réparer votre vélo, avec les bénévoles de l’atelier.",
            saturday.atTime(10, 0), saturday.atTime(13, 0), hall.id(), null, 40, true, 0));
    }
}
