package coop.toitcommun.venue.volunteering;

import java.util.List;

import coop.toitcommun.membership.RoleHolders;

/**
 * A person crossed the house's overload thresholds (told once per crossing): the person and the coordinators are to
 * be told. {@code minutes4} are the person's confirmed minutes over the last four weeks.
 */
public record VolunteerOverloaded(long personId, String name, String email, long minutes4, OverloadSettings settings,
                                  List<RoleHolders.Holder> coordinators) {
}
