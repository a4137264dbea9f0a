package coop.toitcommun.governance;

import java.util.Set;
import java.util.UUID;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Invitation;
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

    /** The password of the people made by {@link #signer}. */
    static final String PASSWORD = "mot de passe des tests 2025";

    private final People people;
    private final Organisations organisations;
    private final Entities entities;
    private final Accounts accounts;
    private Actor admin;

    GovernanceFixtures(People people, Organisations organisations, Entities entities, Accounts accounts) {
        this.people = people;
        this.organisations = organisations;
        this.entities = entities;
        this.accounts = accounts;
    }

    /** An admin of the house, who sets entities up. */
    synchronized Actor admin() {
        if (admin == null) {
            admin = new Actor(person("Admin").id(), true);
        }
        return admin;
    }

    /** A person without a role: they run an entity only through a current mandate. */
    static Actor member(PersonRef person) {
        return new Actor(person.id(), false);
    }

    /** A person with an account and {@link #PASSWORD}, who can confirm a signature. */
    PersonRef signer(String name) {
        long id = accounts.createActivated(new Invitation("s-" + UUID.randomUUID() + "@example.org", name, Language.FR,
            Set.of(coop.toitcommun.membership.Role.MEMBER)), PASSWORD).personId();
        return people.find(id).orElseThrow();
    }

    PersonRef person(String name) {
        return people.register(name, "p-" + UUID.randomUUID() + "@example.org", Language.FR);
    }

    OrganisationRef organisation(String name) {
        return organisations.register(name + " " + UUID.randomUUID(), OrganisationStatus.MEMBER, Circle.FOUNDING);
    }

    LegalEntity entity(LegalForm form) {
        return entities.create(admin(), new NewEntity(form + " " + UUID.randomUUID(), form, null, "Lens", "12-31",
            form.hasShares() ? 10_000L : null));
    }
}
