package coop.toitcommun.web.meetings;

import java.math.BigDecimal;

import coop.toitcommun.governance.AgendaItemKind;
import coop.toitcommun.governance.Majority;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new agenda item. {@code majority} empty: the statutes' majority for the kind of meeting. */
record ItemForm(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description, @NotNull AgendaItemKind kind,
                Long presenterId, @NotNull @Min(0) @Max(600) Integer plannedMinutes, @Size(max = 4000) String resolutionText,
                Majority majority, @DecimalMin("1") @DecimalMax("100") BigDecimal majorityPct, boolean secret) {

    static ItemForm empty() {
        return new ItemForm("", "", AgendaItemKind.INFORMATION, null, 10, "", null, null, false);
    }
}
