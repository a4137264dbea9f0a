package coop.toitcommun.web.volunteering;

import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** A volunteer without an account, recorded by a coordinator with their consent. */
record VolunteerForm(@NotBlank @Text(max = 200, column = "membership.person.display_name") String name,
                     @NotBlank @Email @Text(max = 320, column = "membership.person.email") String email,
                     Boolean consent) {

    static VolunteerForm empty() {
        return new VolunteerForm("", "", false);
    }
}
