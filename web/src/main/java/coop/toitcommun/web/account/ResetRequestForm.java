package coop.toitcommun.web.account;

import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

record ResetRequestForm(@NotBlank @Email @Text(max = 320, column = Text.NOT_STORED) String email) {
}
