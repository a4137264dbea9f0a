package coop.toitcommun.web.admin;

import java.util.EnumSet;
import java.util.Set;

import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record InviteForm(@NotBlank @Size(max = 200) String displayName,
                  @NotBlank @Email @Size(max = 320) String email,
                  @NotNull Language language,
                  Set<Role> roles) {

    static InviteForm empty() {
        return new InviteForm("", "", Language.DEFAULT, EnumSet.of(Role.MEMBER));
    }

    Invitation toInvitation() {
        return new Invitation(email, displayName, language, roles == null ? Set.of() : roles);
    }
}
