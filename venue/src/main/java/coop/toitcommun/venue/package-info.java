/**
 * Venue: rooms, opening hours, closures, bookings and calendar feeds. It may use membership's API and never the other domain module's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Venue", allowedDependencies = "membership")
package coop.toitcommun.venue;
