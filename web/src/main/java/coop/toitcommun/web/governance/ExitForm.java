package coop.toitcommun.web.governance;

import java.time.LocalDate;

import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** An associate or member leaves, on a date, for a reason. */
record ExitForm(@NotNull Long associateId, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate exitDate,
                @NotBlank @Text(max = 300, column = "governance.associate.exit_reason") String reason) {

    static ExitForm empty(LocalDate today) {
        return new ExitForm(null, today, "");
    }
}
