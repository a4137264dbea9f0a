package coop.toitcommun.web.meetings;

import java.math.BigDecimal;

import coop.toitcommun.governance.AgendaItemKind;
import coop.toitcommun.governance.Majority;
import coop.toitcommun.governance.NewAgendaItem;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A new agenda item. {@code majority} empty: the statutes' majority for the kind of meeting. */
record ItemForm(@NotBlank @Text(max = 200, column = "governance.agenda_item.title") String title,
                @Text(max = 4000, column = "governance.agenda_item.description") String description, @NotNull AgendaItemKind kind,
                Long presenterId, @NotNull @Min(0) @Max(600) Integer plannedMinutes,
                @Text(max = 4000, column = "governance.resolution.text") String resolutionText,
                Majority majority, @DecimalMin("1") @DecimalMax("100") BigDecimal majorityPct, boolean secret) {

    /** The item as governance adds it (a percentage only for a custom majority). */
    NewAgendaItem item() {
        return new NewAgendaItem(title, description, kind, presenterId, plannedMinutes, resolutionText, majority,
            majority == Majority.CUSTOM ? majorityPct : null, secret);
    }

    static ItemForm empty() {
        return new ItemForm("", "", AgendaItemKind.INFORMATION, null, 10, "", null, null, false);
    }
}
