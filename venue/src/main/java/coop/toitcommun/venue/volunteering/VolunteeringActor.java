package coop.toitcommun.venue.volunteering;

import java.util.Collection;
import java.util.Set;

import coop.toitcommun.membership.Role;

/**
 * Who acts in volunteering: a person, whether they may sign up for shifts (volunteers and coordinators), and whether
 * they coordinate (employees and co-founders: missions, shifts, hours, load and thresholds).
 */
public record VolunteeringActor(long personId, boolean volunteer, boolean coordinator) {

    /** The roles whose holders coordinate, and are told of overloads. */
    public static final Set<Role> COORDINATOR_ROLES = Set.of(Role.EMPLOYEE, Role.COFOUNDER);

    /** The one place that says who volunteers and who coordinates. */
    public static VolunteeringActor of(long personId, Collection<Role> roles) {
        boolean coordinator = roles.stream().anyMatch(COORDINATOR_ROLES::contains);
        return new VolunteeringActor(personId, coordinator || roles.contains(Role.VOLUNTEER), coordinator);
    }
}
