package coop.toitcommun.venue;

/**
 * The room is taken at that time, found before writing or reported by the database's exclusion constraint
 * (SQLSTATE 23P01, or 40P01 when two bookings deadlock). Nothing was written; the caller's transaction is
 * still usable.
 */
public class BookingConflictException extends RuntimeException {

    private final transient Conflict conflict;

    public BookingConflictException(Conflict conflict) {
        super("The room is already booked at that time");
        this.conflict = conflict;
    }

    public Conflict conflict() {
        return conflict;
    }
}
