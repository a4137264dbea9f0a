package coop.toitcommun.governance;

/** What a meeting is: its statutes rules (quorum, majority, notice) follow from it. */
public enum MeetingType {
    BOARD, ORDINARY_GA, EXTRAORDINARY_GA, OTHER;

    public boolean isGeneralAssembly() {
        return this == ORDINARY_GA || this == EXTRAORDINARY_GA;
    }

    /** The kind of meeting whose statutes rules apply; other meetings follow the board's. */
    public MeetingKind rulesKind() {
        return this == ORDINARY_GA ? MeetingKind.ORDINARY_GA : this == EXTRAORDINARY_GA ? MeetingKind.EXTRAORDINARY_GA : MeetingKind.BOARD;
    }
}
