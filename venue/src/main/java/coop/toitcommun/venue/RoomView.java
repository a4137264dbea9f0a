package coop.toitcommun.venue;

/** A room as pages show it; rates in cents per hour. */
public record RoomView(long id, String name, String description, int capacity, String floor, boolean stepFree,
                       String equipment, boolean openToHosted, boolean openToOutside, boolean approvalRequired,
                       int minMinutes, int maxMinutes, int maxDaysAhead, int bufferMinutes, int rateMember,
                       int rateHosted, int rateOutside, int rateSolidarity, boolean archived, long version) {
}
