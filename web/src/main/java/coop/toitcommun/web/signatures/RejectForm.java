package coop.toitcommun.web.signatures;

import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotBlank;

/** A rejection needs a reason: it is sent to the applicant. */
record RejectForm(@NotBlank @Text(max = 2000, column = "membership.application.rejection_reason") String reason) {
}
