package coop.toitcommun.venue;

public class VenueNotFoundException extends RuntimeException {

    public VenueNotFoundException(String what) {
        super(what);
    }
}
