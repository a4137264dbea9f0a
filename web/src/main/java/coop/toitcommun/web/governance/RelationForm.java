package coop.toitcommun.web.governance;

import coop.toitcommun.governance.RelationKind;
import jakarta.validation.constraints.NotNull;

/** This entity stands in {@code kind} to another one. */
record RelationForm(@NotNull Long toId, @NotNull RelationKind kind) {

    static RelationForm empty() {
        return new RelationForm(null, RelationKind.IS_AN_ASSOCIATE_OF);
    }
}
