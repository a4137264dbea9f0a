package coop.toitcommun.venue.volunteering;

/** A mission's confirmed volunteering over a year: the shifts done, the people who gave time, their minutes. */
public record MissionYear(String mission, int shifts, int people, long minutes) {
}
