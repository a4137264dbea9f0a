package coop.toitcommun.web.signatures;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A rejection needs a reason: it is sent to the applicant. */
record RejectForm(@NotBlank @Size(max = 2000) String reason) {
}
