package coop.toitcommun.venue.volunteering;

/** A person's own confirmed minutes over 4 and 12 weeks, and whether they cross the house's thresholds. */
public record MyLoad(long minutes4, long minutes12, boolean overloaded, OverloadSettings settings) {
}
