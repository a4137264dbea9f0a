package coop.toitcommun.venue.volunteering;

import java.util.List;

import coop.toitcommun.membership.PersonRef;

/** A coordinator cancelled a coming shift: the people signed up on it are to be told. */
public record ShiftCancelled(ShiftView shift, List<PersonRef> signedUp) {
}
