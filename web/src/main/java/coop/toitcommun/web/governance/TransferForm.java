package coop.toitcommun.web.governance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** Shares passing from one associate to another, with the approval decision. */
record TransferForm(@NotNull Long fromId, @NotNull Long toId, @NotNull Integer shares, @NotBlank @Size(max = 300) String approval,
                    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn,
                    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate transferredOn) {

    static TransferForm empty(LocalDate today) {
        return new TransferForm(null, null, null, "", today, today);
    }
}
