package coop.toitcommun.web.governance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An associate or member leaves, on a date, for a reason. */
record ExitForm(@NotNull Long associateId, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate exitDate,
                @NotBlank @Size(max = 300) String reason) {

    static ExitForm empty(LocalDate today) {
        return new ExitForm(null, today, "");
    }
}
