package coop.toitcommun.venue;

import java.time.ZonedDateTime;

import coop.toitcommun.membership.House;

/**
 * A booking made by a member of a partner house, as both houses see it: {@code house} holds the room,
 * {@code partner} is the booker's house; {@code mine} when the viewer made it.
 */
public record PartnerBookingView(long bookingId, House house, House partner, String bookedBy, String roomName,
                                 String title, ZonedDateTime start, ZonedDateTime end, BookingStatus status,
                                 String statusReason, boolean mine) {
}
