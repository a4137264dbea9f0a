package coop.toitcommun.governance;

/** How associates of an SCI vote. */
public enum SciVotes {
    PER_SHARE, PER_ASSOCIATE
}
