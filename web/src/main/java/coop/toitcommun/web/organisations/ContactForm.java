package coop.toitcommun.web.organisations;

import java.util.EnumSet;
import java.util.Set;

import coop.toitcommun.membership.ContactDetails;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.PersonKind;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A person to add to an organisation's contacts. */
record ContactForm(@NotBlank @Text(max = 200, column = "membership.person.display_name") String displayName,
                   @NotBlank @Email @Text(max = 320, column = "membership.person.email") String email,
                   @Text(max = 30, column = "membership.person.phone") String phone,
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
