package coop.toitcommun.venue;

import java.time.ZonedDateTime;

/** A coming event of a house's public programme, as the network of houses shows it. */
public record NetworkEvent(long eventId, long houseId, String title, ZonedDateTime start, ZonedDateTime end, String place) {
}
