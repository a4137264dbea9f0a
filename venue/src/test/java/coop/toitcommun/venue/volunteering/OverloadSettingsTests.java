package coop.toitcommun.venue.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The overload rule, by hand-computed cases: the house's defaults are 8 h a week over 4 weeks, or 30 % from 20 h. */
class OverloadSettingsTests {

    private final OverloadSettings defaults = new OverloadSettings(8, 30, 20, 0);

    @ParameterizedTest(name = "{0} min out of {1} min: {2}")
    @CsvSource({
        // the weekly average: 32 h over 4 weeks is the limit itself, one minute more crosses it
        "1920, 100000, false",
        "1921, 100000, true",
        // the share: 30 % of 100 h is 30 h, at the limit; above it crosses
        "1800, 6000, false",
        "1801, 6000, true",
        // below 20 h for the whole house the share does not count: the only person who came is not flagged
        "600, 600, false",
        "1199, 1199, false",
        "1200, 1200, true",
        // nobody came
        "0, 0, false"
    })
    void aPersonIsOverloadedAboveTheWeeklyAverageOrTheShareOfAHouseBusyEnough(long minutes, long total, boolean over) {
        assertThat(defaults.over(minutes, total)).isEqualTo(over);
    }
}
