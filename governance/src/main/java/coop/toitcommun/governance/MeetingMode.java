package coop.toitcommun.governance;

/** Ways an entity's statutes allow it to decide. */
public enum MeetingMode {
    IN_PERSON, VIDEO, POSTAL_VOTE, WRITTEN_CONSULTATION, UNANIMOUS_ACT
}
