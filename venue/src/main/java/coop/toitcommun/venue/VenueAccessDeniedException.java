package coop.toitcommun.venue;

/** The person may not see or touch this: another organisation's booking, or a staff-only action. */
public class VenueAccessDeniedException extends RuntimeException {

    public VenueAccessDeniedException(String what) {
        super(what);
    }
}
