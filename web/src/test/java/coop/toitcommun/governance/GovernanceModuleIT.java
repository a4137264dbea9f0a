package coop.toitcommun.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.ModuleBeans;
import coop.toitcommun.membership.People;
import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Governance boots with membership only (its one allowed dependency), without venue nor web, on the test
 * PostgreSQL, and refuses by itself: who does not run an entity adds no body to it.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@PostgresTest
class GovernanceModuleIT {

    @Autowired ApplicationContext context;
    @Autowired Entities entities;
    @Autowired People people;

    @Test
    void governanceStartsWithMembershipAloneAndRefusesWhoDoesNotRunTheEntity() {
        assertThat(context.getBeanNamesForType(Entities.class)).hasSize(1);
        assertThat(ModuleBeans.of(context, "coop.toitcommun.venue", "coop.toitcommun.web")).as("beans of venue or web").isEmpty();

        String suffix = UUID.randomUUID().toString();
        long admin = people.register("Admin " + suffix, "admin-" + suffix + "@example.org", Language.FR).id();
        LegalEntity entity = entities.create(new Actor(admin, true), new NewEntity("Seule " + suffix, LegalForm.ASSOCIATION, null, null,
            "12-31", null));
        long outsider = people.register("Sans mandat " + suffix, "sans-mandat-" + suffix + "@example.org", Language.FR).id();

        assertThatThrownBy(() -> entities.addBody(new Actor(outsider, false), entity.id(), BodyKind.BOARD, "Conseil"))
            .isInstanceOf(GovernanceAccessDeniedException.class);
        assertThat(entities.bodies(entity.id())).isEmpty();
    }
}
