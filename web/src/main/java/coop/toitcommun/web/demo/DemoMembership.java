package coop.toitcommun.web.demo;

import java.util.List;
import java.util.Set;

import coop.toitcommun.membership.Applications;
import coop.toitcommun.membership.Charter;
import coop.toitcommun.membership.CharterArticle;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.ContactDetails;
import coop.toitcommun.membership.EssStatus;
import coop.toitcommun.membership.JoinRequest;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.LegalForm;
import coop.toitcommun.membership.Network;
import coop.toitcommun.membership.NetworkPublication;
import coop.toitcommun.membership.OrganisationDetails;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonKind;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.membership.Signature;
import coop.toitcommun.web.FirstHouseWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The ten member organisations of the house in their circles, charter version 1, and two pending applications
 * (a second-circle one sponsored by Micros-rebelles, and a commercial company's). Organisations are found by
 * name by the other demo loaders. Loaded once: nothing happens when Cliss XXI exists.
 */
@Component
@Profile("demo")
@Order(1)
class DemoMembership implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMembership.class);

    static final String COFOUNDER = "cofondatrice@demo.toitcommun.coop";

    private record Member(String name, LegalForm form, Circle circle, String commune, String description,
                          String website, String representative, String email) {
    }

    private static final List<Member> MEMBERS = List.of(
        new Member("Cliss XXI", LegalForm.SCIC, Circle.FOUNDING, "Liévin",
            "SCIC de services en logiciels libres, autogérée, qui partage ses savoirs.", "https://www.cliss21.com",
            "Thomas Leroy", "cliss21@demo.toitcommun.coop"),
        new Member("Micros-rebelles", LegalForm.ASSOCIATION, Circle.FOUNDING, "Lens",
            "Webradio associative : l’actualité sociale, politique et culturelle du territoire, autogérée par ses salariés et bénévoles.",
            null, null, "membre@demo.toitcommun.coop"),
        new Member("Vestali", LegalForm.ASSOCIATION, Circle.FOUNDING, "Hénin-Beaumont",
            "Association de femmes en insertion professionnelle ; elle organise la marche du 25 novembre contre les violences faites aux femmes.",
            null, null, "cofondatrice@demo.toitcommun.coop"),
        new Member("Les Cousalis", LegalForm.SCIC, Circle.SECOND, "Hénin-Beaumont",
            "SCIC de production textile, des femmes en insertion ; née de Vestali.", null,
            "Fatima Bouzid", "cousalis@demo.toitcommun.coop"),
        new Member("Le Planning Familial 62", LegalForm.ASSOCIATION, Circle.FOUNDING, "Arras",
            "Mouvement féministe, d’éducation populaire, pour une approche émancipatrice de la sexualité.",
            "https://www.planning-familial.org", "Claire Dumont", "planning62@demo.toitcommun.coop"),
        new Member("Culture et Liberté", LegalForm.ASSOCIATION, Circle.FOUNDING, "Lens",
            "Mouvement d’éducation populaire politique.", null, null, "cofondateur@demo.toitcommun.coop"),
        new Member("Artisans du Monde", LegalForm.ASSOCIATION, Circle.FOUNDING, "Béthune",
            "Association pour le commerce équitable : « changer le commerce ».", "https://www.artisansdumonde.org",
            "Paul Vasseur", "adm@demo.toitcommun.coop"),
        new Member("Eau… secours 62", LegalForm.ASSOCIATION, Circle.FOUNDING, "Liévin",
            "L’eau est un bien commun, à sortir des mains des multinationales.", null,
            "Hélène Carpentier", "eausecours@demo.toitcommun.coop"),
        new Member("Les amis de Mandela", LegalForm.ASSOCIATION, Circle.SECOND, "Avion",
            "Médiation numérique dans les quartiers populaires, éducation populaire.", null,
            "Karim Haddad", "mandela@demo.toitcommun.coop"),
        new Member("Emergences 62", LegalForm.ASSOCIATION, Circle.SECOND, "Loos-en-Gohelle",
            "Accompagne les projets d’ESS issus des quartiers prioritaires de la ville (QPV).", null,
            "Sophie Lemaire", "emergences@demo.toitcommun.coop"));

    private static final List<CharterArticle> CHARTER_V1 = List.of(
        new CharterArticle(1, "Le Toit Commun est un lieu de réflexions collectives pour élaborer de nouvelles pratiques économiques basées sur des valeurs humanistes et non uniquement sur la recherche du profit et de la croissance.",
            "Le Toit Commun is a place for collective thinking, to build new economic practices based on humanist values and not only on the pursuit of profit and growth."),
        new CharterArticle(2, "Le Toit Commun promeut une société inclusive où chacun est reconnu et est attentif à la place des autres.",
            "Le Toit Commun promotes an inclusive society where everyone is recognised and mindful of the place of others."),
        new CharterArticle(3, "Le Toit Commun promeut un monde sans frontières quelles qu’elles soient.",
            "Le Toit Commun promotes a world without borders of any kind."),
        new CharterArticle(4, "Le Toit Commun promeut la laïcité.", "Le Toit Commun promotes secularism (laïcité)."),
        new CharterArticle(5, "Le Toit Commun promeut la coopération.", "Le Toit Commun promotes cooperation."),
        new CharterArticle(6, "Le Toit Commun promeut la transparence.", "Le Toit Commun promotes transparency."),
        new CharterArticle(7, "Le Toit Commun veille à son empreinte écologique.", "Le Toit Commun watches its ecological footprint."));

    private final Organisations organisations;
    private final People people;
    private final Charter charter;
    private final Applications applications;
    private final FirstHouseWork firstHouse;
    private final Network network;

    DemoMembership(FirstHouseWork firstHouse, Organisations organisations, People people, Charter charter,
                   Applications applications, Network network) {
        this.firstHouse = firstHouse;
        this.network = network;
        this.organisations = organisations;
        this.people = people;
        this.charter = charter;
        this.applications = applications;
    }

    /** All or nothing: a first start interrupted while loading leaves no half-loaded demo behind. */
    @Override
    public void run(ApplicationArguments args) {
        firstHouse.inTransaction(this::load);
    }

    private void load() {
        if (organisations.findByName(MEMBERS.get(0).name()).isPresent()) {
            return;
        }
        long cofounder = people.findByEmail(COFOUNDER).orElseThrow().id();
        if (charter.current().isEmpty()) {
            charter.saveDraft(cofounder, CHARTER_V1);
            charter.publish(cofounder);
        }
        for (Member member : MEMBERS) {
            OrganisationRef organisation = organisations.register(new OrganisationDetails(member.name(), member.form(),
                EssStatus.ESS_BY_LEGAL_FORM, null, null, null, null, member.commune(), null, member.website(),
                member.description(), true, member.circle() == Circle.FOUNDING), OrganisationStatus.MEMBER, member.circle());
            PersonRef representative = people.findByEmail(member.email())
                .orElseGet(() -> people.register(member.representative(), member.email(), Language.FR));
            organisations.link(organisation.id(), representative.id(), OrganisationRole.LEGAL_REPRESENTATIVE);
            organisations.addContact(representative.id(), organisation.id(), new ContactDetails(
                representative.displayName(), representative.email(), null, OrganisationRole.LEGAL_REPRESENTATIVE,
                Set.of(), true));
        }
        linkAccount("salariee@demo.toitcommun.coop", "Cliss XXI", OrganisationRole.CONTACT, PersonKind.EMPLOYEE);
        linkAccount("benevole@demo.toitcommun.coop", "Artisans du Monde", OrganisationRole.MEMBER, PersonKind.VOLUNTEER);

        long sponsor = organisations.findByName("Micros-rebelles").orElseThrow().id();
        applications.apply(new JoinRequest(new OrganisationDetails("La Ressourcerie du Bassin", LegalForm.ASSOCIATION,
                EssStatus.ESS_BY_LEGAL_FORM, null, null, "12 rue des Corons", "62800", "Liévin", null, null,
                "Collecte, répare et revend des objets ; emplois d’insertion.", true, false),
            "Julie Mercier", "ressourcerie@demo.toitcommun.coop", null, Language.FR, Circle.SECOND, sponsor,
            new Signature("Julie Mercier", true)), "demo");
        applications.apply(new JoinRequest(new OrganisationDetails("Bassin Conseil", LegalForm.SAS,
                EssStatus.COMMERCIAL_WITHOUT_ESS, null, "73282932000074", "3 place de la République", "62300", "Lens",
                null, "https://bassin-conseil.example", "Cabinet de conseil en stratégie pour les entreprises.", true, false),
            "Marc Devaux", "bassin-conseil@demo.toitcommun.coop", null, Language.FR, Circle.HOSTED, null,
            new Signature("Marc Devaux", true)), "demo");
        network.publish(people.findByEmail(DemoAccounts.ADMIN).orElseThrow().id(), new NetworkPublication(true, true));
        LOG.info("Demo membership created: {} member organisations (the founding circle in the network too), charter "
            + "version 1, 2 pending applications; the directory and the programme published to the network", MEMBERS.size());
    }

    /** Links a demo account to an organisation, as its representative would add them. */
    private void linkAccount(String email, String organisation, OrganisationRole role, PersonKind kind) {
        Member member = MEMBERS.stream().filter(m -> m.name().equals(organisation)).findFirst().orElseThrow();
        long organisationId = organisations.findByName(organisation).orElseThrow().id();
        long representative = people.findByEmail(member.email()).orElseThrow().id();
        PersonRef person = people.findByEmail(email).orElseThrow();
        organisations.addContact(representative, organisationId, new ContactDetails(person.displayName(), person.email(),
            null, role, Set.of(kind), false));
    }
}
