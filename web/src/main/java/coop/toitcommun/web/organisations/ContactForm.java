package coop.toitcommun.web.organisations;

import java.util.EnumSet;
import java.util.Set;

import coop.toitcommun.membership.ContactDetails;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.PersonKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person to add to an organisation's contacts. */
record ContactForm(@NotBlank @Size(max = 200) String displayName,
                   @NotBlank @Email @Size(max = 320) String email,
                   @Size(max = 30) String phone,
                   @NotNull OrganisationRole role,
                   Set<PersonKind> kinds,
                   Boolean sharedWithMembers) {

    static ContactForm empty() {
        return new ContactForm("", "", "", OrganisationRole.CONTACT, EnumSet.noneOf(PersonKind.class), false);
    }

    ContactDetails toDetails() {
        return new ContactDetails(displayName, email, phone, role, kinds == null ? Set.of() : kinds,
            Boolean.TRUE.equals(sharedWithMembers));
    }
}
