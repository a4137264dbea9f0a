package coop.toitcommun.governance;

import java.util.List;

/**
 * Who holds what: each person's current mandates across the entities, those holding more than
 * {@code threshold}, and bodies whose members all sit in another body too.
 */
public record Concentration(int threshold, List<PersonMandates> people, List<Overlap> overlaps) {

    /** A person's current mandates, and the organisations they represent in them. */
    public record PersonMandates(long personId, String name, List<HeldMandate> mandates, List<String> organisations,
                                 boolean concentrated) {
    }

    /** Every current member of {@code body} also sits in {@code alsoIn}. */
    public record Overlap(Body body, String entityName, Body alsoIn, String alsoInEntityName) {
    }
}
