package coop.toitcommun.web.governance;

import java.time.LocalDate;

import coop.toitcommun.governance.AssociateCategory;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** Enter a person (by email) or an organisation in the register. */
record AdmitForm(@NotNull HolderKind holderKind, String email, Long organisationId, AssociateCategory category, Long collegeId,
                 @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate entryDate) {

    enum HolderKind { PERSON, ORGANISATION }

    static AdmitForm empty(LocalDate today) {
        return new AdmitForm(HolderKind.ORGANISATION, "", null, null, null, today);
    }
}
