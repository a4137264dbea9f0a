package coop.toitcommun.web.organisations;

import java.time.LocalDate;

import coop.toitcommun.membership.EssStatus;
import coop.toitcommun.membership.LegalForm;
import coop.toitcommun.membership.OrganisationCard;
import coop.toitcommun.membership.OrganisationDetails;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;

/** An organisation's card as its members edit it. */
record CardForm(@NotBlank @Text(max = 200, column = "membership.organisation.name") String name,
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
