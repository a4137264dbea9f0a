package coop.toitcommun.web.demo;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.People;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.NewRegistration;
import coop.toitcommun.venue.PublicEventCommand;
import coop.toitcommun.venue.PublicEventView;
import coop.toitcommun.venue.PublicEvents;
import coop.toitcommun.venue.Registrations;
import coop.toitcommun.venue.RoomView;
import coop.toitcommun.venue.Rooms;
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
 * Three coming events of the public programme (demo profile only), five weeks ahead, after the demo bookings: an
 * install party in the large room, a workshop in the small room that is full with two people waiting, and a public
 * radio broadcast outside the house. Loaded once, after the venue's demo data.
 */
@Component
@Profile("demo")
@Order(5)
class DemoProgramme implements ApplicationRunner {

    static final String FULL_EVENT = "Atelier d’autodéfense verbale";

    private static final Logger LOG = LoggerFactory.getLogger(DemoProgramme.class);
    private static final String EMPLOYEE = "salariee@demo.toitcommun.coop";

    private final PublicEvents events;
    private final Registrations registrations;
    private final Rooms rooms;
    private final Organisations organisations;
    private final People people;
    private final HouseClock time;
    private final FirstHouseWork firstHouse;

    DemoProgramme(FirstHouseWork firstHouse, PublicEvents events, Registrations registrations, Rooms rooms, Organisations organisations,
                  People people, HouseClock time) {
        this.firstHouse = firstHouse;
        this.events = events;
        this.registrations = registrations;
        this.rooms = rooms;
        this.organisations = organisations;
        this.people = people;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstHouse.inTransaction(this::load);
    }

    private void load() {
        if (!events.coming(null, PageRequest.of(0, 1)).isEmpty()) {
            return;
        }
        Actor staff = new Actor(people.findByEmail(EMPLOYEE).orElseThrow().id(), true);
        LocalDate monday = time.localNow().toLocalDate().with(DayOfWeek.MONDAY).plusWeeks(5);
        RoomView large = room(DemoVenue.FIRST_ROOM);
        RoomView small = room("Petite salle de réunion");

        events.publish(new PublicEventCommand(staff, organisation("Cliss XXI"), "Install party : passer au logiciel libre",
            "Venez avec votre ordinateur : nous installons ensemble des logiciels libres et répondons à vos questions. "
                + "Ouvert à toutes et tous, débutants bienvenus.",
            monday.plusDays(4).atTime(18, 0), monday.plusDays(4).atTime(21, 0), large.id(), null, 40, true, 0));
        PublicEventView full = events.publish(new PublicEventCommand(staff, organisation("Vestali"), FULL_EVENT,
            "Un atelier pour apprendre à répondre aux remarques sexistes, animé par une formatrice de l’association.",
            monday.plusDays(2).atTime(14, 0), monday.plusDays(2).atTime(16, 30), small.id(), null, 8, true, 0));
        events.publish(new PublicEventCommand(staff, organisation("Micros-rebelles"), "Émission publique en direct",
            "L’équipe de la radio enregistre son émission mensuelle en public, avec des invités du quartier.",
            monday.plusDays(5).atTime(10, 0), monday.plusDays(5).atTime(12, 0), null,
            "Médiathèque Robert-Cousin, 1 rue de la Paix, Lens", null, false, 0));

        List<String> names = List.of("Amina Belkacem", "Bernard Lefebvre", "Chloé Dumont", "Djamel Haddad", "Élise Caron",
            "Fatou Diallo", "Gaëlle Martin");
        int[] places = {2, 1, 2, 1, 2, 1, 2};
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String email = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@example.org";
            registrations.register(full.id(), new NewRegistration(name, email, places[i], "fr"), "demo-" + i);
        }
        LOG.info("Demo programme: 3 coming events, one full with a waiting list");
    }

    private RoomView room(String name) {
        return rooms.all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private long organisation(String name) {
        return organisations.findByName(name).map(OrganisationRef::id).orElseThrow();
    }
}
