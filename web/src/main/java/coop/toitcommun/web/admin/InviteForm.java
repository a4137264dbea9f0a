package coop.toitcommun.web.admin;

import java.util.EnumSet;
import java.util.Set;

import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

record InviteForm(@NotBlank @Text(max = 200, column = "membership.person.display_name") String displayName,
                  @NotBlank @Email @Text(max = 320, column = "membership.person.email") String email,
                  @NotNull Language language,
                  Set<Role> roles) {

    static InviteForm empty() {
        return new InviteForm("", "", Language.DEFAULT, EnumSet.of(Role.MEMBER));
    }

    Invitation toInvitation() {
        return new Invitation(email, displayName, language, roles == null ? Set.of() : roles);
    }
}
