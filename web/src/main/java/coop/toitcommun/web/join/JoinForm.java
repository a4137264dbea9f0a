package coop.toitcommun.web.join;

import java.time.LocalDate;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.EssStatus;
import coop.toitcommun.membership.JoinRequest;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.LegalForm;
import coop.toitcommun.membership.OrganisationDetails;
import coop.toitcommun.membership.Signature;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The application form; {@code url} is a trap for robots that fill every field. */
record JoinForm(@NotBlank @Size(max = 200) String name,
                @NotNull LegalForm legalForm,
                @NotNull EssStatus essStatus,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate esusApprovedOn,
                @Size(max = 20) String siret,
                @Size(max = 300) String address,
                @Size(max = 10) String postcode,
                @Size(max = 200) String commune,
                Long epciId,
                @Size(max = 300) @Pattern(regexp = "(?i)(https?://[^\\s]+)?") String website,
                @Size(max = 1000) String description,
                Boolean inDirectory,
                @NotNull Circle circle,
                Long sponsorId,
                @NotBlank @Size(max = 200) String representativeName,
                @NotBlank @Email @Size(max = 320) String representativeEmail,
                @Size(max = 30) String representativePhone,
                @NotBlank @Size(max = 200) String typedName,
                Boolean commitment,
                String url) {

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
