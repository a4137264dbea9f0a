package coop.toitcommun.web.venue;

import java.io.Serializable;
import java.time.ZonedDateTime;

import coop.toitcommun.venue.BookingView;

/**
 * A booking a closure hits, as the settings page lists it after the redirect: the message travels in the session,
 * which is stored in the database, so it holds only what the page shows, in a form that can be stored.
 */
record HitBooking(long id, String title, ZonedDateTime start, ZonedDateTime end, String roomName, String organisationName)
    implements Serializable {

    static HitBooking of(BookingView booking) {
        return new HitBooking(booking.id(), booking.title(), booking.start(), booking.end(), booking.roomName(),
            booking.organisationName());
    }
}
