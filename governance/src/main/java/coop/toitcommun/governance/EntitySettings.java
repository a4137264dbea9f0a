package coop.toitcommun.governance;

import java.util.Set;

/** Statutes settings of an entity that hold for every kind of meeting. */
public record EntitySettings(int maxProxies, Set<MeetingMode> meetingModes, EmptyCollegeRule emptyCollegeRule,
                             SciVotes sciVotes) {
}
