package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a house publishes to the network of houses: the copies of its opted-in members follow their cards, another
 * house reads them only while the house publishes its directory, and only an admin chooses what the house publishes.
 */
@SpringBootTest
@PostgresTest
class NetworkIT {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, Network.PAGE_SIZE);

    @Autowired Network network;
    @Autowired Organisations organisations;
    @Autowired Accounts accounts;
    @Autowired Houses houses;
    @Autowired DoorFixtures fixtures;
    @Autowired TransactionTemplate transactions;

    @Test
    void anOrganisationIsInTheNetworkOnlyWhileListedInItsDirectoryAndOptedIn() {
        network.publish(admin(), new NetworkPublication(true, false));
        OrganisationRef member = fixtures.member("Atelier vélo");
        long representative = fixtures.representativeOf(member.id());
        assertThat(names()).doesNotContain(member.name());

        String renamed = "Atelier vélo solidaire " + UUID.randomUUID();
        update(representative, member.id(), renamed, true, true);
        assertThat(network.members(FirstHouse.ID, FIRST_PAGE).getContent())
            .filteredOn(m -> m.organisationId() == member.id())
            .singleElement()
            .satisfies(m -> {
                assertThat(m.name()).isEqualTo(renamed);
                assertThat(m.houseId()).isEqualTo(FirstHouse.ID);
                assertThat(m.commune()).isEqualTo("Lens");
            });

        update(representative, member.id(), renamed, false, true);
        assertThat(names()).doesNotContain(renamed);
        update(representative, member.id(), renamed, true, true);
        assertThat(names()).contains(renamed);
        update(representative, member.id(), renamed, true, false);
        assertThat(names()).doesNotContain(renamed);
    }

    @Test
    void anotherHouseReadsWhatAHousePublishesAndOnlyWhileItPublishesIt() {
        network.publish(admin(), new NetworkPublication(false, true));
        NetworkPublication mine = network.publication();
        House other = houses.open("Maison " + UUID.randomUUID(), "maison-" + UUID.randomUUID() + ".example.org");
        AtomicLong otherAdmin = new AtomicLong();
        String listed = "Jardin partagé " + UUID.randomUUID();
        String unlisted = "Ressourcerie " + UUID.randomUUID();
        CurrentHouse.run(other.id(), () -> {
            otherAdmin.set(admin());
            organisations.register(details(listed, true), OrganisationStatus.MEMBER, Circle.FOUNDING);
            organisations.register(details(unlisted, false), OrganisationStatus.MEMBER, Circle.FOUNDING);
            network.publish(otherAdmin.get(), new NetworkPublication(true, false));
        });

        assertThat(network.houses()).filteredOn(h -> h.house().id() == other.id()).singleElement()
            .satisfies(h -> {
                assertThat(h.publication()).isEqualTo(new NetworkPublication(true, false));
                assertThat(h.members()).isEqualTo(1);
            });
        assertThat(network.members(other.id(), FIRST_PAGE).getContent()).extracting(NetworkMember::name).containsExactly(listed);
        assertThat(network.publication()).as("the first house's own choice, not the other's").isEqualTo(mine);

        CurrentHouse.run(other.id(), () -> network.publish(otherAdmin.get(), NetworkPublication.NOTHING));
        assertThat(network.houses()).noneMatch(h -> h.house().id() == other.id());
        assertThat(network.members(other.id(), FIRST_PAGE).getContent()).isEmpty();
        assertThat(network.members(null, FIRST_PAGE).getContent()).extracting(NetworkMember::name).doesNotContain(listed);
    }

    @Test
    void onlyAnAdminChoosesWhatTheHousePublishes() {
        network.publish(admin(), new NetworkPublication(false, true));
        long member = accounts.createActivated(new Invitation("membre-" + UUID.randomUUID() + "@example.org", "Membre",
            Language.FR, Set.of(Role.MEMBER, Role.COFOUNDER)), DoorFixtures.PASSWORD).personId();

        assertThatThrownBy(() -> network.publish(member, new NetworkPublication(true, true)))
            .isInstanceOf(MembershipAccessDeniedException.class);
        assertThat(network.publication()).isEqualTo(new NetworkPublication(false, true));
    }

    /** Roles written through JPA and read by SQL: an admin opened in a transaction may act in the same one. */
    @Test
    void anAdminOpenedInATransactionChoosesInTheSameTransaction() {
        transactions.executeWithoutResult(status -> network.publish(admin(), new NetworkPublication(true, true)));
        assertThat(network.publication()).isEqualTo(new NetworkPublication(true, true));
    }

    private long admin() {
        return accounts.createActivated(new Invitation("admin-" + UUID.randomUUID() + "@example.org", "Admin",
            Language.FR, Set.of(Role.ADMIN)), DoorFixtures.PASSWORD).personId();
    }

    private List<String> names() {
        return network.members(FirstHouse.ID, PageRequest.of(0, 10_000)).getContent().stream().map(NetworkMember::name).toList();
    }

    private void update(long representative, long organisationId, String name, boolean inDirectory, boolean inNetwork) {
        OrganisationCard card = organisations.card(representative, organisationId);
        OrganisationDetails d = card.details();
        organisations.updateCard(representative, organisationId, card.version(), new OrganisationDetails(name, d.legalForm(),
            d.essStatus(), d.esusApprovedOn(), d.siret(), d.address(), d.postcode(), d.commune(), d.epciId(), d.website(),
            d.description(), inDirectory, inNetwork));
    }

    private static OrganisationDetails details(String name, boolean inNetwork) {
        return new OrganisationDetails(name, LegalForm.ASSOCIATION, EssStatus.ESS_BY_LEGAL_FORM, null, null, null, null,
            "Oignies", null, null, null, true, inNetwork);
    }
}
