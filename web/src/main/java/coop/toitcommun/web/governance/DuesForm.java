package coop.toitcommun.web.governance;

import java.time.LocalDate;

import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** An association member's dues for a year, in euros as typed. */
record DuesForm(@NotNull Long associateId, @NotNull Integer year, @Text(max = 20, column = Text.NOT_STORED) String amount,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn) {

    static DuesForm empty(LocalDate today) {
        return new DuesForm(null, today.getYear(), "", today);
    }
}
