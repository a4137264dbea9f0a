package coop.toitcommun.web.organisations;

import java.time.LocalDate;
import java.util.Map;

import coop.toitcommun.membership.EssStatus;
import coop.toitcommun.membership.LegalForm;
import coop.toitcommun.membership.OrganisationCard;
import coop.toitcommun.membership.OrganisationDetails;
import coop.toitcommun.web.error.Forms;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * An organisation's details as a form holds them, the same on the application to join and on the organisation's
 * card: both forms nest it as {@code organisation}, drawn by {@code organisations/fields.html}.
 */
public record OrganisationFields(@NotBlank @Text(max = 200, column = "membership.organisation.name") String name,
                                 @NotNull LegalForm legalForm,
                                 @NotNull EssStatus essStatus,
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate esusApprovedOn,
                                 @Text(max = 20, column = Text.NOT_STORED) String siret,
                                 @Text(max = 300, column = "membership.organisation.address") String address,
                                 @Text(max = 10, column = "membership.organisation.postcode") String postcode,
                                 @Text(max = 200, column = "membership.organisation.commune") String commune,
                                 Long epciId,
                                 @Pattern(regexp = "(?i)(https?://[^\\s]+)?") @Text(max = 300, column = "membership.organisation.website") String website,
                                 @Text(max = 1000, column = "membership.organisation.description") String description,
                                 Boolean inDirectory,
                                 Boolean inNetwork) {

    /** Where membership's refusals of a card are shown. */
    private static final Map<String, String> FIELDS = Map.of("nameMissing", "organisation.name",
        "siretInvalid", "organisation.siret", "esusDateMissing", "organisation.esusApprovedOn");

    /** What a new applicant starts from. */
    public static OrganisationFields empty() {
        return new OrganisationFields("", LegalForm.ASSOCIATION, EssStatus.ESS_BY_LEGAL_FORM, null, "", "", "", "", null, "", "", true, false);
    }

    /** What a request that sends none of the fields holds: nothing, which the form's checks then refuse. */
    public static OrganisationFields blank() {
        return new OrganisationFields(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static OrganisationFields of(OrganisationCard card) {
        return new OrganisationFields(card.name(), card.legalForm(), card.essStatus(), card.esusApprovedOn(), card.siret(),
            card.address(), card.postcode(), card.commune(), card.epciId(), card.website(), card.description(), card.inDirectory(),
            card.inNetwork());
    }

    /**
     * Membership's refusals of the card ({@link OrganisationDetails#problems()}: a SIRET's check digit, the date an
     * ESUS approval needs…) as errors on the nested fields ({@code organisation.siret}), shown together with the form's
     * other errors before anything is sent to membership, which refuses them again.
     */
    public void check(Errors errors) {
        Forms.reject(errors, toDetails().problems(), FIELDS, "join.error.");
    }

    /** Unticked boxes are not sent at all: no box is no listing. */
    public OrganisationDetails toDetails() {
        return new OrganisationDetails(name, legalForm, essStatus, esusApprovedOn, siret, address, postcode, commune,
            epciId, website, description, Boolean.TRUE.equals(inDirectory), Boolean.TRUE.equals(inNetwork));
    }
}
