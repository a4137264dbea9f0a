package coop.toitcommun.venue;

/** What employees set on a room; rates in cents per hour. */
public record RoomCommand(String name, String description, int capacity, String floor, boolean stepFree,
                          String equipment, boolean openToHosted, boolean openToOutside, boolean approvalRequired,
                          int minMinutes, int maxMinutes, int maxDaysAhead, int bufferMinutes, int rateMember,
                          int rateHosted, int rateOutside, int rateSolidarity) {
}
