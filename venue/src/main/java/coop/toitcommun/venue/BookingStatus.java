package coop.toitcommun.venue;

public enum BookingStatus {
    PENDING, CONFIRMED, REFUSED, CANCELLED;

    public static final java.util.List<BookingStatus> ACTIVE = java.util.List.of(PENDING, CONFIRMED);

    /** Pending and confirmed bookings hold their room (the exclusion constraint covers exactly these). */
    public boolean isActive() {
        return this == PENDING || this == CONFIRMED;
    }
}
