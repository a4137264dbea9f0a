package coop.toitcommun.venue;

import java.time.ZonedDateTime;

/** One of the next bookings of the person's organisations, as the dashboard lists it. */
public record NextBooking(long id, String title, ZonedDateTime start, ZonedDateTime end, String roomName,
                          String organisationName) {
}
