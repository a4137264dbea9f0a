package coop.toitcommun.web.join;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.JoinRequest;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Signature;
import coop.toitcommun.web.input.Text;
import coop.toitcommun.web.organisations.OrganisationFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The application form: the organisation (as on its card), the circle asked for, its legal representative and the
 * signature; {@code url} is a trap for robots that fill every field. A request without the organisation's fields
 * applies for an empty organisation, which the checks refuse.
 */
record JoinForm(@Valid OrganisationFields organisation,
                @NotNull Circle circle,
                Long sponsorId,
                @NotBlank @Text(max = 200, column = "membership.person.display_name") String representativeName,
                @NotBlank @Email @Text(max = 320, column = "membership.person.email") String representativeEmail,
                @Text(max = 30, column = "membership.person.phone") String representativePhone,
                @NotBlank @Text(max = 200, column = "membership.charter_signature.typed_name") String typedName,
                Boolean commitment,
                @Text(max = 300, column = Text.NOT_STORED) String url) {

    JoinForm {
        organisation = organisation == null ? OrganisationFields.blank() : organisation;
    }

    static JoinForm empty() {
        return new JoinForm(OrganisationFields.empty(), Circle.SECOND, null, "", "", "", "", false, "");
    }

    /** Unticked boxes are not sent at all. */
    boolean committed() {
        return Boolean.TRUE.equals(commitment);
    }

    JoinRequest toRequest(Language language) {
        return new JoinRequest(organisation.toDetails(), representativeName, representativeEmail, representativePhone, language,
            circle, sponsorId, new Signature(typedName, committed()));
    }
}
