package coop.toitcommun.web.programme;

import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** What a visitor gives to register: nothing more than a name, an email and a number of places. */
record RegistrationForm(@NotBlank @Text(max = 120, column = "venue.event_registration.name") String name,
                        @NotBlank @Email @Text(max = 320, column = "venue.event_registration.email") String email,
                        @NotNull @Min(1) @Max(10) Integer places) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", 1);
    }
}
