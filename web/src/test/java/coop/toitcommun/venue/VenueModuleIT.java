package coop.toitcommun.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.toitcommun.membership.ModuleBeans;
import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The venue boots with membership only (its one allowed dependency), without governance nor web, on the test
 * PostgreSQL, and refuses by itself: only the staff open the forms of rooms and read the closures to come.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@PostgresTest
class VenueModuleIT {

    @Autowired ApplicationContext context;
    @Autowired Rooms rooms;
    @Autowired Schedules schedules;

    @Test
    void theVenueStartsWithMembershipAloneAndRefusesWhoIsNotStaff() {
        assertThat(context.getBeanNamesForType(Bookings.class)).hasSize(1);
        assertThat(ModuleBeans.of(context, "coop.toitcommun.governance", "coop.toitcommun.web")).as("beans of governance or web").isEmpty();

        Actor member = new Actor(1, false);
        assertThatThrownBy(() -> rooms.checkMayCreate(member)).isInstanceOf(VenueAccessDeniedException.class);
        assertThatThrownBy(() -> schedules.upcomingClosures(member)).isInstanceOf(VenueAccessDeniedException.class);
        assertThat(schedules.upcomingClosures(new Actor(1, true))).isNotNull();
    }
}
