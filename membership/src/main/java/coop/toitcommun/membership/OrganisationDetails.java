package coop.toitcommun.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an organisation says about itself on its card; the SIRET is optional. It may be listed in its house's directory
 * and, if so, in the network's too ({@link Network}).
 */
public record OrganisationDetails(String name, LegalForm legalForm, EssStatus essStatus, LocalDate esusApprovedOn,
                                  String siret, String address, String postcode, String commune, Long epciId,
                                  String website, String description, boolean inDirectory, boolean inNetwork) {

    /**
     * What the house refuses in a card, all at once, each a reason a form can show next to its field ({@code nameMissing},
     * {@code siretInvalid}, {@code esusDateMissing}).
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("nameMissing");
        }
        if (siret != null && !siret.isBlank() && !Siret.isValid(Siret.normalise(siret))) {
            problems.add("siretInvalid");
        }
        if (essStatus == EssStatus.ESUS_APPROVED && esusApprovedOn == null) {
            problems.add("esusDateMissing");
        }
        return problems;
    }

    /** Refuses what the database would refuse, with the first of {@link #problems()}. */
    void check() {
        MembershipRuleException.refuseFirst(problems());
    }

    String normalisedSiret() {
        return siret == null || siret.isBlank() ? null : Siret.normalise(siret);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
