package coop.toitcommun.web.organisations;

import coop.toitcommun.membership.OrganisationRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person to add to an organisation's contacts. */
record ContactForm(@NotBlank @Size(max = 200) String displayName,
                   @NotBlank @Email @Size(max = 320) String email,
                   @Size(max = 30) String phone,
                   @NotNull OrganisationRole role,
                   Boolean sharedWithMembers) {

    static ContactForm empty() {
        return new ContactForm("", "", "", OrganisationRole.CONTACT, false);
    }
}
