package coop.toitcommun.web.account;

import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotBlank;

/** Changing one's password: the current one, then the new one twice. */
record PasswordForm(@NotBlank @Text(max = PasswordErrors.FIELD_LIMIT, column = Text.NOT_STORED) String currentPassword,
                    @NotBlank @Text(max = PasswordErrors.FIELD_LIMIT, column = Text.NOT_STORED) String newPassword,
                    @NotBlank @Text(max = PasswordErrors.FIELD_LIMIT, column = Text.NOT_STORED) String confirmation) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
