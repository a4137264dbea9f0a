package coop.toitcommun.web.demo;

import java.time.LocalDate;
import java.util.Set;

import coop.toitcommun.governance.responsibility.Handover;
import coop.toitcommun.governance.responsibility.HouseActor;
import coop.toitcommun.governance.responsibility.NewResponsibility;
import coop.toitcommun.governance.responsibility.Responsibilities;
import coop.toitcommun.governance.responsibility.Responsibility;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.People;
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
 * The house's responsibilities as the study found them (demo profile only): the two co-founders hold most of them
 * without a backup (Martine Delattre four, above the threshold of three; only her insurance contracts have Bernard
 * Lefort as backup), the website's review date has passed, and
 * opening the house on Saturdays has been handed from the volunteer to the employee, who keeps him as backup.
 * Loaded once, after governance's demo data (the co-founders' mandates sit beside their responsibilities).
 */
@Component
@Profile("demo")
@Order(7)
class DemoResponsibilities implements ApplicationRunner {

    static final String BANK = "Accès à la banque";

    private static final Logger LOG = LoggerFactory.getLogger(DemoResponsibilities.class);

    private final Responsibilities responsibilities;
    private final People people;
    private final HouseClock calendar;
    private final FirstHouseWork firstHouse;

    DemoResponsibilities(FirstHouseWork firstHouse, Responsibilities responsibilities, People people, HouseClock calendar) {
        this.firstHouse = firstHouse;
        this.responsibilities = responsibilities;
        this.people = people;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstHouse.inTransaction(this::load);
    }

    private void load() {
        HouseActor admin = new HouseActor(person("admin@demo.toitcommun.coop"), true, true);
        if (responsibilities.page(admin, false, PageRequest.of(0, 1)).getTotalElements() > 0) {
            return;
        }
        LocalDate today = calendar.today();
        long martine = person("cofondatrice@demo.toitcommun.coop");
        long bernard = person("cofondateur@demo.toitcommun.coop");
        long sabrina = person("salariee@demo.toitcommun.coop");
        long jules = person("benevole@demo.toitcommun.coop");

        add(admin, "Clés de la maison", martine, Set.of(), "Le trousseau principal est dans la boîte à clés du bureau, "
            + "le double chez Martine. La liste de qui a quelle clé est dans le classeur rouge, onglet « Clés ».", today.plusMonths(4));
        add(admin, BANK, martine, Set.of(), "Compte au Crédit Coopératif de Lens, conseillère : Mme Leroy. "
            + "Les accès en ligne sont au nom de Martine ; la procédure pour ajouter un second signataire est dans le classeur rouge.",
            today.plusMonths(2));
        add(admin, "Comptabilité et déclarations", martine, Set.of(), "Pièces dans les boîtes d’archives par année, "
            + "étagère du bureau. Le cabinet comptable est Expertise Solidaire à Liévin ; les échéances sont dans l’agenda partagé.",
            today.plusMonths(6));
        add(admin, "Relations avec la mairie et la communauté d’agglomération", bernard, Set.of(), "Contact au service vie "
            + "associative de la mairie de Lens et à la CALL (développement économique). Comptes rendus des rendez-vous dans "
            + "le dossier partagé « Partenaires publics ».", today.plusMonths(3));
        add(admin, "Site web et réseaux sociaux", bernard, Set.of(), "Hébergé chez Cliss XXI ; les accès sont dans le "
            + "gestionnaire de mots de passe de l’association, demandez à Bernard de vous y inviter.", today.minusDays(12));
        add(admin, "Assurances et contrats", martine, Set.of(bernard), "Contrats MAIF (locaux, responsabilité civile) "
            + "dans le classeur bleu ; renouvellement en janvier.", today.plusMonths(5));
        Responsibility opening = add(admin, "Ouverture de la maison le samedi", jules, Set.of(), "Ouvrir à 9 h, "
            + "lancer le chauffage (thermostat du couloir), sortir le panneau. La fermeture se fait avec la check-list "
            + "affichée derrière la porte du bureau.", today.plusMonths(1));
        responsibilities.handOver(admin, opening.id(), new Handover(sabrina, Set.of(jules),
            "Jules reste suppléant pour les samedis où Sabrina est en congé.", opening.version()));
        LOG.info("Demo responsibilities created");
    }

    private Responsibility add(HouseActor admin, String title, long holder, Set<Long> backups, String note, LocalDate review) {
        return responsibilities.create(admin, new NewResponsibility(title, holder, backups, note, review));
    }

    private long person(String email) {
        return people.findByEmail(email).orElseThrow().id();
    }
}
