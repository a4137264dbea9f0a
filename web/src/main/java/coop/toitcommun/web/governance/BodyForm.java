package coop.toitcommun.web.governance;

import coop.toitcommun.governance.BodyKind;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A new body of the entity. */
record BodyForm(@NotNull BodyKind kind, @NotBlank @Text(max = 150, column = "governance.body.name") String name) {

    static BodyForm empty() {
        return new BodyForm(BodyKind.CUSTOM, "");
    }
}
