package coop.toitcommun.governance;

/** A body of an entity: its general assembly, board, executive committee, management or another. */
public record Body(long id, long entityId, BodyKind kind, String name) {
}
