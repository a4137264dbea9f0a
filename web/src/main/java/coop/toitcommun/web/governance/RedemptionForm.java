package coop.toitcommun.web.governance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** An associate asks for shares to be repaid. */
record RedemptionForm(@NotNull Long associateId, @NotNull Integer shares,
                      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedOn) {

    static RedemptionForm empty(LocalDate today) {
        return new RedemptionForm(null, null, today);
    }
}
