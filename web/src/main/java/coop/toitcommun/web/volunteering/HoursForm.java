package coop.toitcommun.web.volunteering;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The hours a coordinator confirms for one person on one shift: hours and minutes (0 and 0 when they did not come). */
record HoursForm(@NotNull @Min(0) @Max(24) Integer hours, @NotNull @Min(0) @Max(59) Integer minutes) {

    int total() {
        return hours * 60 + minutes;
    }
}
