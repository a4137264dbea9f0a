/**
 * Volunteering, a feature of the venue: the house's missions and their shifts, who signs up, the hours coordinators
 * confirm, each person's load and the house's overload thresholds. Web uses it as the venue's named interface
 * {@code volunteering}; its tables live in the venue schema.
 */
@org.springframework.modulith.NamedInterface("volunteering")
package coop.toitcommun.venue.volunteering;
