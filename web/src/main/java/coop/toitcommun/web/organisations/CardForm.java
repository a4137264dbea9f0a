package coop.toitcommun.web.organisations;

import coop.toitcommun.membership.OrganisationCard;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** An organisation's card as its members edit it; a request without its fields edits an empty card. */
record CardForm(@Valid OrganisationFields organisation, @NotNull Long version) {

    CardForm {
        organisation = organisation == null ? OrganisationFields.blank() : organisation;
    }

    static CardForm of(OrganisationCard card) {
        return new CardForm(OrganisationFields.of(card), card.version());
    }
}
