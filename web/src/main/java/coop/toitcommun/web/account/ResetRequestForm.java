package coop.toitcommun.web.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ResetRequestForm(@NotBlank @Email @Size(max = 320) String email) {
}
