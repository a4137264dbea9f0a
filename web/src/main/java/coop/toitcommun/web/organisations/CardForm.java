package coop.toitcommun.web.organisations;

import java.time.LocalDate;

import coop.toitcommun.membership.EssStatus;
import coop.toitcommun.membership.LegalForm;
import coop.toitcommun.membership.OrganisationCard;
import coop.toitcommun.membership.OrganisationDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An organisation's card as its members edit it. */
record CardForm(@NotBlank @Size(max = 200) String name,
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
                @NotNull Long version) {

    static CardForm of(OrganisationCard card) {
        return new CardForm(card.name(), card.legalForm(), card.essStatus(), card.esusApprovedOn(), card.siret(),
            card.address(), card.postcode(), card.commune(), card.epciId(), card.website(), card.description(),
            card.inDirectory(), card.version());
    }

    OrganisationDetails toDetails() {
        return new OrganisationDetails(name, legalForm, essStatus, esusApprovedOn, siret, address, postcode, commune,
            epciId, website, description, Boolean.TRUE.equals(inDirectory));
    }
}
