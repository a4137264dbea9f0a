package coop.toitcommun.venue.volunteering;

/**
 * A person's confirmed minutes over the last 4 and 12 weeks, the minutes they signed up for in the coming 4 weeks,
 * and whether they are above the house's thresholds.
 */
public record PersonLoad(long personId, String name, long minutes4, long minutes12, long comingMinutes,
                         boolean overloaded) {
}
