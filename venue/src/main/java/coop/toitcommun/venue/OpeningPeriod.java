package coop.toitcommun.venue;

import java.time.DayOfWeek;
import java.time.LocalTime;

public record OpeningPeriod(DayOfWeek day, LocalTime opens, LocalTime closes) {
}
