package coop.toitcommun.governance;

import java.util.EnumSet;
import java.util.Set;

/** How a meeting is held, and the statutes modes it needs. */
public enum MeetingFormat {
    IN_PERSON(EnumSet.of(MeetingMode.IN_PERSON)),
    VIDEO(EnumSet.of(MeetingMode.VIDEO)),
    HYBRID(EnumSet.of(MeetingMode.IN_PERSON, MeetingMode.VIDEO)),
    WRITTEN_CONSULTATION(EnumSet.of(MeetingMode.WRITTEN_CONSULTATION));

    private final Set<MeetingMode> needs;

    MeetingFormat(Set<MeetingMode> needs) {
        this.needs = needs;
    }

    public boolean allowedBy(Set<MeetingMode> statutesModes) {
        return statutesModes.containsAll(needs);
    }

    public boolean inPerson() {
        return this == IN_PERSON || this == HYBRID;
    }

    public boolean online() {
        return this == VIDEO || this == HYBRID;
    }
}
