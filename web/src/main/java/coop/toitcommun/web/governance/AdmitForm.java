package coop.toitcommun.web.governance;

import java.time.LocalDate;

import coop.toitcommun.governance.AssociateCategory;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** Enter a person (by email) or an organisation in the register. */
record AdmitForm(@NotNull HolderKind holderKind, @Text(max = 320, column = Text.NOT_STORED) String email, Long organisationId,
                 AssociateCategory category, Long collegeId,
                 @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate entryDate) {

    enum HolderKind { PERSON, ORGANISATION }

    static AdmitForm empty(LocalDate today) {
        return new AdmitForm(HolderKind.ORGANISATION, "", null, null, null, today);
    }
}
