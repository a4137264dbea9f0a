package coop.toitcommun.governance;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A body's board pages, open only to the people who hold a mandate on that body today (admins included only so). */
@Service
@Transactional(readOnly = true)
public class Boards {

    private final Entities entities;
    private final Mandates mandates;
    private final Deadlines deadlines;

    Boards(Entities entities, Mandates mandates, Deadlines deadlines) {
        this.entities = entities;
        this.mandates = mandates;
        this.deadlines = deadlines;
    }

    /**
     * The body's board as it stands on {@code today}.
     *
     * @throws GovernanceNotFoundException when there is no such body
     * @throws GovernanceAccessDeniedException when the actor holds no mandate on it that day
     */
    public Board of(Actor actor, long bodyId, LocalDate today) {
        Body body = entities.body(bodyId).orElseThrow(() -> new GovernanceNotFoundException("body " + bodyId));
        if (!mandates.isCurrentMember(actor.personId(), bodyId, today)) {
            throw new GovernanceAccessDeniedException("Person " + actor.personId() + " holds no current mandate in body " + bodyId);
        }
        // the entity's deadlines, but of the mandates' ends only those of this body
        return new Board(body, entities.get(body.entityId()),
            mandates.history(body.entityId()).stream().filter(held -> held.body().id() == bodyId).toList(),
            deadlines.of(body.entityId(), today).stream()
                .filter(d -> d.kind() != Deadline.Kind.MANDATE_END || d.bodyId() == bodyId).toList());
    }
}
