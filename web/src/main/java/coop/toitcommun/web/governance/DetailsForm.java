package coop.toitcommun.web.governance;

import coop.toitcommun.governance.LegalEntity;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** What identifies an entity; the nominal value of a share is in euros as typed. */
record DetailsForm(@Pattern(regexp = "^$|^[0-9]{9}$", message = "{governance.form.siren}")
                   @Text(max = 9, column = "governance.entity.siren") String siren,
                   @Text(max = 300, column = "governance.entity.address") String address,
                   @NotBlank @Pattern(regexp = "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", message = "{governance.form.yearEnd}")
                   @Text(max = 5, column = "governance.entity.fiscal_year_end") String fiscalYearEnd,
                   @Text(max = 20, column = Text.NOT_STORED) String shareNominal) {

    static DetailsForm of(LegalEntity entity) {
        return new DetailsForm(entity.siren() == null ? "" : entity.siren(), entity.address() == null ? "" : entity.address(),
            entity.fiscalYearEnd(), entity.shareNominalCents() == null ? "" : Money.plain(entity.shareNominalCents()));
    }
}
