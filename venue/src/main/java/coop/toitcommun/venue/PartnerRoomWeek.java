package coop.toitcommun.venue;

import java.time.LocalDate;
import java.util.List;

import coop.toitcommun.membership.House;

/**
 * A partner house's room and, for seven days from {@code from}, the times it could take a booking (within its opening
 * hours, outside closures and other bookings, and long enough for its shortest booking), without who took the rest.
 */
public record PartnerRoomWeek(House house, RoomView room, LocalDate from, List<Day> days) {

    /** One day and its free times, in order. */
    public record Day(LocalDate date, List<TimeSpan> free) {
    }
}
