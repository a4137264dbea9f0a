package coop.toitcommun.venue;

import java.util.List;

/** A closure was created; the owners of the bookings it hits are asked to move them (nothing is deleted). */
public record ClosureAnnounced(ClosureView closure, List<BookingView> hitBookings) {
}
