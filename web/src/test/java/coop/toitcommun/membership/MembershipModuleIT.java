package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Membership boots alone (Spring Modulith's {@code @ApplicationModuleTest}, standalone: it depends on no other
 * module) on the test PostgreSQL, and refuses by itself: an organisation's card is for its own people.
 */
@ApplicationModuleTest
@PostgresTest
class MembershipModuleIT {

    @Autowired ApplicationContext context;
    @Autowired Organisations organisations;
    @Autowired People people;

    @Test
    void membershipStartsAloneAndKeepsACardForItsOwnPeople() {
        assertThat(context.getBeanNamesForType(Organisations.class)).hasSize(1);
        assertThat(ModuleBeans.of(context, "coop.toitcommun.governance", "coop.toitcommun.venue", "coop.toitcommun.web"))
            .as("beans of other modules").isEmpty();

        String suffix = UUID.randomUUID().toString();
        long organisation = organisations.register("Seule " + suffix, OrganisationStatus.MEMBER, Circle.SECOND).id();
        long stranger = people.register("Inconnue " + suffix, "inconnue-" + suffix + "@example.org", Language.FR).id();

        assertThatThrownBy(() -> organisations.card(stranger, organisation)).isInstanceOf(OrganisationNotFoundException.class);
    }
}
