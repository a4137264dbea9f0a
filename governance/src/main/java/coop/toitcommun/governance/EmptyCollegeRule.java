package coop.toitcommun.governance;

/** What happens to the weight of a SCIC college where nobody voted. */
public enum EmptyCollegeRule {
    /** Its weight is shared among the other colleges pro rata (the default). */
    SHARE_PRO_RATA,
    /** It counts as a college that voted against. */
    COUNTS_AGAINST,
    /** No decision can be taken. */
    NO_DECISION
}
