package coop.toitcommun.web.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import coop.toitcommun.governance.Actor;
import coop.toitcommun.governance.Associate;
import coop.toitcommun.governance.AssociateCategory;
import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.BodyKind;
import coop.toitcommun.governance.College;
import coop.toitcommun.governance.CollegeWeight;
import coop.toitcommun.governance.Deadline;
import coop.toitcommun.governance.Deadlines;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.governance.Holder;
import coop.toitcommun.governance.LegalEntity;
import coop.toitcommun.governance.LegalForm;
import coop.toitcommun.governance.MandateRole;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.governance.NewEntity;
import coop.toitcommun.governance.Registers;
import coop.toitcommun.governance.RelationKind;
import coop.toitcommun.governance.Subscription;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.People;
import coop.toitcommun.web.FirstHouseWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The three entities of the house with their bodies, mandates and registers (the {@code demo} profile only).
 * The two co-founders hold many mandates, so "who holds what" shows them; the demo member sits on the SCIC's
 * board, to try the board pages. Dates are relative to today so that the alerts stay alive. Loaded once.
 */
@Component
@Profile("demo")
@Order(3)
class DemoGovernance implements ApplicationRunner {

    static final String SCIC = "SCIC Le Toit Commun";
    static final String SCI = "SCI Le Toit de l’ESS";
    static final String ASSOCIATION = "Association pour le développement de l’ESS dans le bassin minier 62";
    static final String PUBLIC_BODY = "Communauté d’agglomération de Lens-Liévin";
    private static final long SHARE = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(DemoGovernance.class);

    private final Entities entities;
    private final Registers registers;
    private final Mandates mandates;
    private final Deadlines deadlines;
    private final People people;
    private final Organisations organisations;
    private final HouseClock calendar;
    private final FirstHouseWork firstHouse;

    DemoGovernance(FirstHouseWork firstHouse, Entities entities, Registers registers, Mandates mandates, Deadlines deadlines, People people,
                   Organisations organisations, HouseClock calendar) {
        this.firstHouse = firstHouse;
        this.entities = entities;
        this.registers = registers;
        this.mandates = mandates;
        this.deadlines = deadlines;
        this.people = people;
        this.organisations = organisations;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstHouse.inTransaction(this::load);
    }

    private void load() {
        if (entities.findByName(SCIC).isPresent()) {
            return;
        }
        LocalDate today = calendar.today();
        long martine = person("cofondatrice@demo.toitcommun.coop");
        long bernard = person("cofondateur@demo.toitcommun.coop");
        long sabrina = person("salariee@demo.toitcommun.coop");
        long jules = person("benevole@demo.toitcommun.coop");
        long nadia = person("membre@demo.toitcommun.coop");
        Map<String, Long> orgs = new HashMap<>();
        for (String[] org : List.of(
                new String[] {"Cliss XXI", "FOUNDING"}, new String[] {"Vestali", "FOUNDING"},
                new String[] {"Les Cousalis", "SECOND"}, new String[] {"Épicerie solidaire Le Panier Minier", "SECOND"},
                new String[] {"Compagnie Art’Terril", "HOSTED"}, new String[] {PUBLIC_BODY, "PARTNER_PLACE"})) {
            orgs.put(org[0], organisation(org[0], Circle.valueOf(org[1])));
        }
        organisations.link(orgs.get("Vestali"), martine, OrganisationRole.LEGAL_REPRESENTATIVE);
        organisations.link(orgs.get("Cliss XXI"), bernard, OrganisationRole.LEGAL_REPRESENTATIVE);

        LegalEntity scic = entities.create(admin(), new NewEntity(SCIC, LegalForm.SCIC_SAS, null,
            "12 rue des Mineurs, 62300 Lens", "12-31", SHARE));
        LegalEntity sci = entities.create(admin(), new NewEntity(SCI, LegalForm.SCI, null, "12 rue des Mineurs, 62300 Lens", "12-31", SHARE));
        LegalEntity association = entities.create(admin(), new NewEntity(ASSOCIATION, LegalForm.ASSOCIATION, null,
            "12 rue des Mineurs, 62300 Lens", "12-31", null));
        entities.relate(admin(), sci.id(), scic.id(), RelationKind.OWNS_THE_BUILDING);
        entities.relate(admin(), association.id(), scic.id(), RelationKind.CARRIES_THE_PROJECT);
        entities.relate(admin(), association.id(), sci.id(), RelationKind.IS_AN_ASSOCIATE_OF);
        entities.recordCooperativeRevision(admin(), scic.id(), today.minusYears(5).plusMonths(4));

        // SCIC: colleges, bodies, mandates (six years at most), register across categories and colleges
        List<College> colleges = entities.setColleges(admin(), scic.id(), List.of(
            new CollegeWeight("Fondateurs", new BigDecimal("30")), new CollegeWeight("Salariés", new BigDecimal("20")),
            new CollegeWeight("Usagers", new BigDecimal("30")), new CollegeWeight("Partenaires", new BigDecimal("20"))));
        Map<String, Long> college = new HashMap<>();
        colleges.forEach(c -> college.put(c.name(), c.id()));
        entities.addBody(admin(), scic.id(), BodyKind.GENERAL_ASSEMBLY, "Assemblée générale des associés");
        Body scicBoard = entities.addBody(admin(), scic.id(), BodyKind.BOARD, "Conseil coopératif");
        Body scicDirection = entities.addBody(admin(), scic.id(), BodyKind.EXECUTIVE_COMMITTEE, "Présidence et direction générale");
        LocalDate elected = today.minusYears(4).minusMonths(2);
        mandates.appoint(admin(), scicBoard.entityId(), scicBoard.id(), martine, orgs.get("Vestali"), MandateRole.CHAIR, elected, elected.plusYears(6));
        mandates.appoint(admin(), scicBoard.entityId(), scicBoard.id(), bernard, orgs.get("Cliss XXI"), MandateRole.TREASURER, today.minusYears(6).plusDays(45), today.plusDays(45));
        mandates.appoint(admin(), scicBoard.entityId(), scicBoard.id(), sabrina, null, MandateRole.DIRECTOR, elected, elected.plusYears(6));
        mandates.appoint(admin(), scicBoard.entityId(), scicBoard.id(), nadia, orgs.get("Les Cousalis"), MandateRole.DIRECTOR, today.minusMonths(7), today.minusMonths(7).plusYears(6));
        mandates.end(admin(), scic.id(), mandates.appoint(admin(), scicBoard.entityId(), scicBoard.id(), jules, null, MandateRole.DIRECTOR, elected, elected.plusYears(6)).id(),
            today.minusMonths(7).minusDays(1));
        mandates.appoint(admin(), scicDirection.entityId(), scicDirection.id(), martine, null, MandateRole.CHAIR, elected, elected.plusYears(6));
        mandates.appoint(admin(), scicDirection.entityId(), scicDirection.id(), bernard, null, MandateRole.MANAGER, elected, elected.plusYears(6));

        LocalDate founded = today.minusYears(5);
        subscribe(scicAssociate(scic, Holder.organisation(orgs.get("Vestali")), AssociateCategory.BENEFICIARY, college.get("Fondateurs"), founded), 20, founded);
        subscribe(scicAssociate(scic, Holder.person(martine), AssociateCategory.VOLUNTEER, college.get("Fondateurs"), founded), 10, founded);
        subscribe(scicAssociate(scic, Holder.person(bernard), AssociateCategory.VOLUNTEER, college.get("Fondateurs"), founded), 10, founded);
        subscribe(scicAssociate(scic, Holder.organisation(orgs.get("Cliss XXI")), AssociateCategory.BENEFICIARY, college.get("Usagers"), founded), 15, founded);
        subscribe(scicAssociate(scic, Holder.person(sabrina), AssociateCategory.EMPLOYEE, college.get("Salariés"), founded.plusMonths(6)), 2, founded.plusMonths(6));
        subscribe(scicAssociate(scic, Holder.organisation(orgs.get("Les Cousalis")), AssociateCategory.BENEFICIARY, college.get("Usagers"), founded.plusYears(1)), 10, founded.plusYears(1));
        subscribe(scicAssociate(scic, Holder.organisation(orgs.get("Épicerie solidaire Le Panier Minier")), AssociateCategory.PRODUCER, college.get("Usagers"), founded.plusYears(2)), 5, founded.plusYears(2));
        subscribe(scicAssociate(scic, Holder.person(jules), AssociateCategory.VOLUNTEER, college.get("Usagers"), founded.plusYears(2)), 1, founded.plusYears(2));
        subscribe(scicAssociate(scic, Holder.organisation(orgs.get(PUBLIC_BODY)), AssociateCategory.PUBLIC_BODY, college.get("Partenaires"), founded.plusYears(1)), 60, founded.plusYears(1));
        Associate leaving = scicAssociate(scic, Holder.organisation(orgs.get("Compagnie Art’Terril")), AssociateCategory.OTHER_SUPPORTER,
            college.get("Partenaires"), founded.plusYears(1));
        subscribe(leaving, 5, founded.plusYears(1));
        registers.requestRedemption(admin(), leaving.entityId(), leaving.id(), 5, today.minusMonths(10));
        registers.leave(admin(), leaving.entityId(), leaving.id(), today.minusMonths(10), "Démission, parts remboursées");

        // SCI: two co-founders and two member organisations, one vote per share, the co-founders manage it
        entities.addBody(admin(), sci.id(), BodyKind.GENERAL_ASSEMBLY, "Assemblée des associés");
        Body management = entities.addBody(admin(), sci.id(), BodyKind.MANAGEMENT, "Gérance");
        mandates.appoint(admin(), management.entityId(), management.id(), martine, null, MandateRole.MANAGER, founded, null);
        mandates.appoint(admin(), management.entityId(), management.id(), bernard, null, MandateRole.MANAGER, founded, null);
        subscribe(registers.admit(admin(), sci.id(), Holder.person(martine), null, null, founded), 100, founded);
        subscribe(registers.admit(admin(), sci.id(), Holder.person(bernard), null, null, founded), 100, founded);
        subscribe(registers.admit(admin(), sci.id(), Holder.organisation(orgs.get("Vestali")), null, null, founded), 50, founded);
        subscribe(registers.admit(admin(), sci.id(), Holder.organisation(orgs.get("Cliss XXI")), null, null, founded.plusYears(1)), 50, founded.plusYears(1));

        // Association: board and executive committee (all of whose members sit on the board), members and dues
        entities.addBody(admin(), association.id(), BodyKind.GENERAL_ASSEMBLY, "Assemblée générale");
        Body board = entities.addBody(admin(), association.id(), BodyKind.BOARD, "Conseil d’administration");
        Body bureau = entities.addBody(admin(), association.id(), BodyKind.EXECUTIVE_COMMITTEE, "Bureau");
        LocalDate assembly = today.minusYears(1).minusMonths(2);
        for (Body body : List.of(board, bureau)) {
            mandates.appoint(admin(), body.entityId(), body.id(), martine, null, MandateRole.CHAIR, assembly, assembly.plusYears(3));
            mandates.appoint(admin(), body.entityId(), body.id(), bernard, null, MandateRole.TREASURER, assembly, assembly.plusYears(3));
        }
        mandates.appoint(admin(), board.entityId(), board.id(), sabrina, null, MandateRole.DIRECTOR, assembly, assembly.plusYears(3));
        mandates.appoint(admin(), board.entityId(), board.id(), jules, orgs.get("Compagnie Art’Terril"), MandateRole.SECRETARY, today.minusDays(20), assembly.plusYears(3));
        mandates.appoint(admin(), bureau.entityId(), bureau.id(), jules, null, MandateRole.SECRETARY, today.minusDays(20), assembly.plusYears(3));
        for (Deadline deadline : deadlines.of(association.id(), today)) {
            if (deadline.reminderId() != null && deadline.due().isBefore(today)) {
                deadlines.markDone(admin(), association.id(), deadline.reminderId(), deadline.due().minusMonths(1));
            }
        }
        int year = today.getYear();
        for (String name : List.of("Cliss XXI", "Vestali", "Les Cousalis", "Épicerie solidaire Le Panier Minier", "Compagnie Art’Terril")) {
            Associate member = registers.admit(admin(), association.id(), Holder.organisation(orgs.get(name)), null, null, founded);
            registers.recordDues(admin(), member.entityId(), member.id(), year - 1, 5_000, LocalDate.of(year - 1, 2, 15));
            registers.recordDues(admin(), member.entityId(), member.id(), year, 5_000, LocalDate.of(year, 2, 15));
        }
        for (long person : List.of(martine, bernard, jules, nadia)) {
            Associate member = registers.admit(admin(), association.id(), Holder.person(person), null, null, founded.plusMonths(3));
            registers.recordDues(admin(), member.entityId(), member.id(), year, 2_000, person == nadia ? null : LocalDate.of(year, 3, 1));
        }
        LOG.info("Demo governance created: {}, {}, {}", SCIC, SCI, ASSOCIATION);
    }

    private Associate scicAssociate(LegalEntity scic, Holder holder, AssociateCategory category, Long collegeId, LocalDate entry) {
        return registers.admit(admin(), scic.id(), holder, category, collegeId, entry);
    }

    private void subscribe(Associate associate, int shares, LocalDate on) {
        registers.subscribe(admin(), associate.entityId(), new Subscription(associate.id(), shares, shares * SHARE, on, on));
    }

    /** The demo's admin sets the entities up, as an admin would through the pages. */
    private Actor admin() {
        return new Actor(person("admin@demo.toitcommun.coop"), true);
    }

    private long person(String email) {
        return people.findByEmail(email).orElseThrow().id();
    }

    /** Looks the organisation up by name and registers it when missing, so the loader works with or without the membership demo. */
    private long organisation(String name, Circle circle) {
        return organisations.findByName(name).map(OrganisationRef::id)
            .orElseGet(() -> organisations.register(name, OrganisationStatus.MEMBER, circle).id());
    }
}
