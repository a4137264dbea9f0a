package coop.toitcommun.venue.volunteering;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Shifts to create for a mission, in the house's local time: once on {@code date}, or every week from {@code date}
 * until {@code repeatUntil} included (at most a year), keeping the same local hours across clock changes.
 */
public record ShiftPlan(VolunteeringActor actor, LocalDate date, LocalTime start, LocalTime end, int places,
                        LocalDate repeatUntil) {
}
