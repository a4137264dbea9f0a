package coop.toitcommun.web.account;

import jakarta.validation.constraints.NotBlank;

/** Changing one's password: the current one, then the new one twice. */
record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String confirmation) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
