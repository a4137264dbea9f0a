package coop.toitcommun.web.governance;

import java.time.LocalDate;

import coop.toitcommun.governance.MandateRole;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** A person (by email), possibly representing an organisation, takes a role in a body. */
record MandateForm(@NotNull Long bodyId, @NotBlank @Email @Text(max = 320, column = Text.NOT_STORED) String email, Long organisationId,
                   @NotNull MandateRole role,
                   @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

    static MandateForm empty(LocalDate today) {
        return new MandateForm(null, "", null, MandateRole.DIRECTOR, today, null);
    }
}
