package coop.toitcommun.venue.volunteering;

/**
 * The house's overload thresholds: more than {@code weeklyHours} a week on average over the last four weeks, or more
 * than {@code sharePercent} of all the hours confirmed in those weeks once they reach {@code shareMinimumHours} (so
 * that a quiet month does not flag the only person who came).
 */
public record OverloadSettings(int weeklyHours, int sharePercent, int shareMinimumHours, long version) {

    /** Whether {@code minutes} out of the house's {@code totalMinutes} over four weeks cross a threshold. */
    public boolean over(long minutes, long totalMinutes) {
        if (minutes > weeklyHours * 4L * 60) {
            return true;
        }
        return totalMinutes > 0 && totalMinutes >= shareMinimumHours * 60L && minutes * 100 > sharePercent * totalMinutes;
    }
}
