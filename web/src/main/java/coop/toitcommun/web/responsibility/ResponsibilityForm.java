package coop.toitcommun.web.responsibility;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import coop.toitcommun.governance.responsibility.NewResponsibility;
import coop.toitcommun.governance.responsibility.Responsibility;
import coop.toitcommun.governance.responsibility.ResponsibilityChange;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records a responsibility or changes it; {@code holder} only when it is recorded. */
record ResponsibilityForm(@NotBlank @Text(max = 150, column = "governance.responsibility.title") String title,
                          Long holder,
                          Set<Long> backups,
                          @Text(max = 4000, column = "governance.responsibility.handover_note") String handoverNote,
                          @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewOn,
                          Long version) {

    static ResponsibilityForm empty(LocalDate today) {
        return new ResponsibilityForm("", null, Set.of(), "", today.plusYears(1), null);
    }

    static ResponsibilityForm of(Responsibility responsibility) {
        Set<Long> backups = new LinkedHashSet<>();
        responsibility.backups().stream().map(PersonRef::id).forEach(backups::add);
        return new ResponsibilityForm(responsibility.title(), responsibility.holder().id(), backups,
            responsibility.handoverNote(), responsibility.reviewOn(), responsibility.version());
    }

    ResponsibilityForm atVersion(long current) {
        return new ResponsibilityForm(title, holder, backups, handoverNote, reviewOn, current);
    }

    NewResponsibility toNew() {
        return new NewResponsibility(title, holder, backups(), handoverNote, reviewOn);
    }

    ResponsibilityChange toChange() {
        return new ResponsibilityChange(title, backups(), handoverNote, reviewOn, version == null ? -1 : version);
    }

    @Override
    public Set<Long> backups() {
        return backups == null ? Set.of() : backups;
    }
}
