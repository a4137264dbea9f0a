package coop.toitcommun.web.governance;

import java.util.Set;

import coop.toitcommun.governance.EmptyCollegeRule;
import coop.toitcommun.governance.EntitySettings;
import coop.toitcommun.governance.LegalEntity;
import coop.toitcommun.governance.MeetingMode;
import coop.toitcommun.governance.SciVotes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Statutes settings that hold for every meeting of the entity. */
record SettingsForm(@NotNull @Min(value = 0, message = "{governance.form.proxies}") @Max(value = 50, message = "{governance.form.proxies}") Integer maxProxies, Set<MeetingMode> meetingModes,
                    @NotNull EmptyCollegeRule emptyCollegeRule, @NotNull SciVotes sciVotes) {

    static SettingsForm of(LegalEntity entity) {
        return new SettingsForm(entity.maxProxies(), entity.meetingModes(), entity.emptyCollegeRule(), entity.sciVotes());
    }

    EntitySettings toSettings() {
        return new EntitySettings(maxProxies, meetingModes == null ? Set.of() : meetingModes, emptyCollegeRule, sciVotes);
    }
}
