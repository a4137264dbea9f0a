package coop.toitcommun.governance;

/** How a convened participant attends; represented means by a proxy holder who is present. */
public enum Attendance {
    PRESENT, REPRESENTED, EXCUSED, ABSENT;

    public boolean counts() {
        return this == PRESENT || this == REPRESENTED;
    }
}
