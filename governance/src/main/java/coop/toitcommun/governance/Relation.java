package coop.toitcommun.governance;

/** "from" stands in {@code kind} to "to": the SCI owns the building the SCIC manages. */
public record Relation(long fromId, long toId, RelationKind kind) {
}
