package coop.toitcommun.venue;

import java.util.UUID;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import org.springframework.stereotype.Component;

/** Organisations, people and rooms with unique names, so tests never depend on each other's data. */
@Component
class VenueFixtures {

    private final Organisations organisations;
    private final People people;
    private final Rooms rooms;

    VenueFixtures(Organisations organisations, People people, Rooms rooms) {
        this.organisations = organisations;
        this.people = people;
        this.rooms = rooms;
    }

    record Member(OrganisationRef organisation, PersonRef person) {
        Actor actor() {
            return new Actor(person.id(), false);
        }
    }

    Member member(OrganisationStatus status, Circle circle) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        OrganisationRef organisation = organisations.register("Structure " + suffix, status, circle);
        PersonRef person = people.register("Personne " + suffix, "p-" + suffix + "@example.org", Language.FR);
        organisations.link(organisation.id(), person.id(), OrganisationRole.CONTACT);
        return new Member(organisation, person);
    }

    Member member() {
        return member(OrganisationStatus.MEMBER, Circle.FOUNDING);
    }

    Actor employee() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new Actor(people.register("Salariée " + suffix, "s-" + suffix + "@example.org", Language.FR).id(), true);
    }

    RoomView room(int capacity, int bufferMinutes) {
        return room(capacity, bufferMinutes, false);
    }

    RoomView room(int capacity, int bufferMinutes, boolean approvalRequired) {
        String name = "Salle " + UUID.randomUUID().toString().substring(0, 8);
        return rooms.create(employee(), new RoomCommand(name, "", capacity, "0", true, "", true, false, approvalRequired,
            30, 600, 365, bufferMinutes, 1000, 800, 2000, 500));
    }
}
