package coop.toitcommun.web.volunteering;

import coop.toitcommun.venue.volunteering.OverloadSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The house's overload thresholds, as coordinators edit them. */
record SettingsForm(@NotNull @Min(1) @Max(60) Integer weeklyHours,
                    @NotNull @Min(1) @Max(100) Integer sharePercent,
                    @NotNull @Min(0) @Max(10000) Integer shareMinimumHours,
                    Long version) {

    static SettingsForm of(OverloadSettings settings) {
        return new SettingsForm(settings.weeklyHours(), settings.sharePercent(), settings.shareMinimumHours(),
            settings.version());
    }

    OverloadSettings toSettings() {
        return new OverloadSettings(weeklyHours, sharePercent, shareMinimumHours, version == null ? -1 : version);
    }
}
