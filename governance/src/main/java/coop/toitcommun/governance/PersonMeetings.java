package coop.toitcommun.governance;

import java.util.List;

/**
 * The unsigned meetings that concern a person, read in one statement for the dashboard: those they prepare (as a
 * member of the body, or of a body that runs the entity for its general assemblies), with whether the convocation
 * went out and the statutory notice in days; and those they are convened to.
 */
public record PersonMeetings(List<ToPrepare> toPrepare, List<Meeting> convenedTo) {

    public record ToPrepare(Meeting meeting, boolean convened, int noticeDays) {
    }
}
