package coop.toitcommun.web.governance;

import coop.toitcommun.governance.BodyKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new body of the entity. */
record BodyForm(@NotNull BodyKind kind, @NotBlank @Size(max = 150) String name) {

    static BodyForm empty() {
        return new BodyForm(BodyKind.CUSTOM, "");
    }
}
