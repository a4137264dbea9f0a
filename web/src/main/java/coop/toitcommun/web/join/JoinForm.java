package coop.toitcommun.web.join;

import java.time.LocalDate;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.EssStatus;
import coop.toitcommun.membership.JoinRequest;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.LegalForm;
import coop.toitcommun.membership.OrganisationDetails;
import coop.toitcommun.membership.Signature;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;

/** The application form; {@code url} is a trap for robots that fill every field. */
record JoinForm(@NotBlank @Text(max = 200, column = "membership.organisation.name") String name,
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
                @NotNull Circle circle,
                Long sponsorId,
                @NotBlank @Text(max = 200, column = "membership.person.display_name") String representativeName,
                @NotBlank @Email @Text(max = 320, column = "membership.person.email") String representativeEmail,
                @Text(max = 30, column = "membership.person.phone") String representativePhone,
                @NotBlank @Text(max = 200, column = "membership.charter_signature.typed_name") String typedName,
                Boolean commitment,
                @Text(max = 300, column = Text.NOT_STORED) String url) {

    static JoinForm empty() {
        return new JoinForm("", LegalForm.ASSOCIATION, EssStatus.ESS_BY_LEGAL_FORM, null, "", "", "", "", null, "", "",
            true, Circle.SECOND, null, "", "", "", "", false, "");
    }

    /** Unticked boxes are not sent at all. */
    boolean committed() {
        return Boolean.TRUE.equals(commitment);
    }

    JoinRequest toRequest(Language language) {
        return new JoinRequest(new OrganisationDetails(name, legalForm, essStatus, esusApprovedOn, siret, address,
            postcode, commune, epciId, website, description, Boolean.TRUE.equals(inDirectory)), representativeName, representativeEmail,
            representativePhone, language, circle, sponsorId, new Signature(typedName, committed()));
    }
}
