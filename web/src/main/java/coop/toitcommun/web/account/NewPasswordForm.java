package coop.toitcommun.web.account;

import jakarta.validation.constraints.NotBlank;

/** Choosing a password from an emailed link. */
record NewPasswordForm(@NotBlank String password, @NotBlank String confirmation) {

    static NewPasswordForm empty() {
        return new NewPasswordForm("", "");
    }
}
