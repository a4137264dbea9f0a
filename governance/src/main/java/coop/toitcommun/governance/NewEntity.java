package coop.toitcommun.governance;

/** What it takes to record an entity; statutes settings start from the defaults of its legal form. */
public record NewEntity(String name, LegalForm legalForm, String siren, String address, String fiscalYearEnd,
                        Long shareNominalCents) {
}
