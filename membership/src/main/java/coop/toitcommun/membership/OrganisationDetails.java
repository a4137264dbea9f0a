package coop.toitcommun.membership;

import java.time.LocalDate;

/** What an organisation says about itself on its card; the SIRET is optional. */
public record OrganisationDetails(String name, LegalForm legalForm, EssStatus essStatus, LocalDate esusApprovedOn,
                                  String siret, String address, String postcode, String commune, Long epciId,
                                  String website, String description, boolean inDirectory) {

    /** Refuses what the database would refuse, with a reason a form can show next to the field. */
    void check() {
        if (name == null || name.isBlank()) {
            throw new MembershipRuleException("nameMissing");
        }
        if (siret != null && !siret.isBlank() && !Siret.isValid(Siret.normalise(siret))) {
            throw new MembershipRuleException("siretInvalid");
        }
        if (essStatus == EssStatus.ESUS_APPROVED && esusApprovedOn == null) {
            throw new MembershipRuleException("esusDateMissing");
        }
    }

    String normalisedSiret() {
        return siret == null || siret.isBlank() ? null : Siret.normalise(siret);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
