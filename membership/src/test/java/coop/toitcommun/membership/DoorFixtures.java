package coop.toitcommun.membership;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Builds what the door's tests need: a published charter, co-founders, member organisations and applications. */
@Component
class DoorFixtures {

    static final String PASSWORD = "une-phrase-de-passe-solide";

    private final Charter charter;
    private final Accounts accounts;
    private final Organisations organisations;
    private final People people;
    private final Applications applications;

    DoorFixtures(Charter charter, Accounts accounts, Organisations organisations, People people,
                 Applications applications) {
        this.charter = charter;
        this.accounts = accounts;
        this.organisations = organisations;
        this.people = people;
        this.applications = applications;
    }

    synchronized CharterVersion charter() {
        return charter.current().orElseGet(() -> {
            charter.saveDraft(cofounder(), List.of(
                new CharterArticle(1, "Le Toit Commun promeut la coopération.", "Le Toit Commun promotes cooperation."),
                new CharterArticle(2, "Le Toit Commun promeut la transparence.", null)));
            return charter.publish(cofounder());
        });
    }

    long cofounder() {
        return accounts.createActivated(new Invitation("cofondateur-" + UUID.randomUUID() + "@example.org",
            "Co-fondatrice " + UUID.randomUUID().toString().substring(0, 6), Language.FR,
            Set.of(Role.COFOUNDER, Role.MEMBER)), PASSWORD).personId();
    }

    OrganisationRef member(String name) {
        OrganisationRef member = organisations.register(details(name + " " + UUID.randomUUID(), null),
            OrganisationStatus.MEMBER, Circle.FOUNDING);
        PersonRef representative = people.register("Représentante " + name, "rep-" + UUID.randomUUID() + "@example.org",
            Language.FR);
        organisations.link(member.id(), representative.id(), OrganisationRole.LEGAL_REPRESENTATIVE);
        return member;
    }

    long representativeOf(long organisationId) {
        return organisations.contacts(anyCofounder(), organisationId).stream()
            .filter(c -> c.role() == OrganisationRole.LEGAL_REPRESENTATIVE).findFirst().orElseThrow().personId();
    }

    private Long cofounderForReading;

    /** One co-founder for the tests that read what only co-founders read. */
    synchronized long anyCofounder() {
        if (cofounderForReading == null) {
            cofounderForReading = cofounder();
        }
        return cofounderForReading;
    }

    long apply(String name) {
        return apply(name, null, "rep-" + UUID.randomUUID() + "@example.org");
    }

    long apply(String name, Long sponsorId, String email) {
        charter();
        return applications.apply(new JoinRequest(details(name, null), "Camille Martin", email, null, Language.FR,
            sponsorId == null ? Circle.FOUNDING : Circle.SECOND, sponsorId, new Signature("Camille Martin", true)),
            "test-" + UUID.randomUUID());
    }

    static OrganisationDetails details(String name, String siret) {
        return new OrganisationDetails(name, LegalForm.ASSOCIATION, EssStatus.ESS_BY_LEGAL_FORM, null, siret,
            "1 rue de la Mine", "62300", "Lens", null, null, "Une association du bassin minier.", true, false);
    }
}
