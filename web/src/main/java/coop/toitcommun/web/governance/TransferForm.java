package coop.toitcommun.web.governance;

import java.time.LocalDate;

import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** Shares passing from one associate to another, with the approval decision. */
record TransferForm(@NotNull Long fromId, @NotNull Long toId, @NotNull Integer shares,
                    @NotBlank @Text(max = 300, column = "governance.share_movement.approval") String approval,
                    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn,
                    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate transferredOn) {

    static TransferForm empty(LocalDate today) {
        return new TransferForm(null, null, null, "", today, today);
    }
}
