package coop.toitcommun.governance;

/** Information, discussion, or a decision (which carries a draft resolution). */
public enum AgendaItemKind {
    INFORMATION, DISCUSSION, DECISION
}
