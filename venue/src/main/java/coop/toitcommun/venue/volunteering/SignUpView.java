package coop.toitcommun.venue.volunteering;

/** A person signed up on a shift, with the minutes a coordinator confirmed (null until then). */
public record SignUpView(long id, long personId, String name, Integer confirmedMinutes) {
}
