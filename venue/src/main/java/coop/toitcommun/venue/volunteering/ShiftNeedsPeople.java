package coop.toitcommun.venue.volunteering;

import java.util.List;

import coop.toitcommun.membership.PersonRef;

/**
 * A shift starts within 48 hours and still needs people: the volunteers who have done its mission before (and are
 * not on it) are to be told, once.
 */
public record ShiftNeedsPeople(ShiftView shift, List<PersonRef> volunteers) {
}
