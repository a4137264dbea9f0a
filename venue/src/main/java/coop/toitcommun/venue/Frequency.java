package coop.toitcommun.venue;

public enum Frequency {
    WEEKLY, EVERY_TWO_WEEKS, MONTHLY_NTH_WEEKDAY
}
