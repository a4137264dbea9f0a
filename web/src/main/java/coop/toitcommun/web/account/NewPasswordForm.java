package coop.toitcommun.web.account;

import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotBlank;

/** Choosing a password from an emailed link. */
record NewPasswordForm(@NotBlank @Text(max = PasswordErrors.FIELD_LIMIT, column = Text.NOT_STORED) String password,
                       @NotBlank @Text(max = PasswordErrors.FIELD_LIMIT, column = Text.NOT_STORED) String confirmation) {

    static NewPasswordForm empty() {
        return new NewPasswordForm("", "");
    }
}
