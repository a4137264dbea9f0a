package coop.toitcommun.governance;

import java.util.List;

/** A body's board page: the body, its entity, the mandates held on it past and present, and its coming deadlines. */
public record Board(Body body, LegalEntity entity, List<HeldMandate> history, List<Deadline> deadlines) {
}
