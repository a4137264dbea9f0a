package coop.toitcommun.governance;

/** Kinds of meeting whose quorum, majority and notice the statutes set. */
public enum MeetingKind {
    BOARD, ORDINARY_GA, EXTRAORDINARY_GA
}
