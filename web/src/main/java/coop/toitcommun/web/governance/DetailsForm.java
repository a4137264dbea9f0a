package coop.toitcommun.web.governance;

import coop.toitcommun.governance.LegalEntity;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What identifies an entity; the nominal value of a share is in euros as typed. */
record DetailsForm(@Pattern(regexp = "^$|^[0-9]{9}$", message = "{governance.form.siren}") String siren,
                   @Size(max = 300) String address,
                   @Pattern(regexp = "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", message = "{governance.form.yearEnd}") String fiscalYearEnd,
                   String shareNominal) {

    static DetailsForm of(LegalEntity entity) {
        return new DetailsForm(entity.siren() == null ? "" : entity.siren(), entity.address() == null ? "" : entity.address(),
            entity.fiscalYearEnd(), entity.shareNominalCents() == null ? "" : Money.plain(entity.shareNominalCents()));
    }
}
