package coop.toitcommun.governance;

import java.util.UUID;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import org.springframework.stereotype.Component;

/** Unique people, organisations and entities for one test. */
@Component
class GovernanceFixtures {

    private final People people;
    private final Organisations organisations;
    private final Entities entities;

    GovernanceFixtures(People people, Organisations organisations, Entities entities) {
        this.people = people;
        this.organisations = organisations;
        this.entities = entities;
    }

    PersonRef person(String name) {
        return people.register(name, "p-" + UUID.randomUUID() + "@example.org", Language.FR);
    }

    OrganisationRef organisation(String name) {
        return organisations.register(name + " " + UUID.randomUUID(), OrganisationStatus.MEMBER, Circle.FOUNDING);
    }

    LegalEntity entity(LegalForm form) {
        return entities.create(new NewEntity(form + " " + UUID.randomUUID(), form, null, "Lens", "12-31",
            form.hasShares() ? 10_000L : null));
    }
}
