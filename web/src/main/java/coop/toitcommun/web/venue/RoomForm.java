package coop.toitcommun.web.venue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.venue.OpeningPeriod;
import coop.toitcommun.venue.RoomCommand;
import coop.toitcommun.venue.RoomView;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** What employees type for a room; rates in euros per hour; weekly hours as "09:00-18:00" per day (blank: closed). */
record RoomForm(@NotBlank @Text(max = 100, column = "venue.room.name") String name,
                @Text(max = 2000, column = "venue.room.description") String description,
                @NotNull @Min(1) @Max(1000) Integer capacity,
                @Text(max = 50, column = "venue.room.floor") String floor,
                Boolean stepFree,
                @Text(max = 500, column = "venue.room.equipment") String equipment,
                Boolean openToHosted,
                Boolean openToOutside,
                Boolean approvalRequired,
                @NotNull @Min(15) @Max(1440) Integer minMinutes,
                @NotNull @Min(15) @Max(1440) Integer maxMinutes,
                @NotNull @Min(1) @Max(730) Integer maxDaysAhead,
                @NotNull @Min(0) @Max(240) Integer bufferMinutes,
                @NotNull @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal rateMember,
                @NotNull @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal rateHosted,
                @NotNull @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal rateOutside,
                @NotNull @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal rateSolidarity,
                Long version) {

    static RoomForm empty() {
        return new RoomForm("", "", 10, "", true, "", true, false, false, 30, 600, 365, 15,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    static RoomForm of(RoomView r) {
        return new RoomForm(r.name(), r.description(), r.capacity(), r.floor(), r.stepFree(), r.equipment(), r.openToHosted(),
            r.openToOutside(), r.approvalRequired(), r.minMinutes(), r.maxMinutes(), r.maxDaysAhead(), r.bufferMinutes(),
            euros(r.rateMember()), euros(r.rateHosted()), euros(r.rateOutside()), euros(r.rateSolidarity()), r.version());
    }

    RoomCommand toCommand() {
        return new RoomCommand(name, description, capacity, floor, Boolean.TRUE.equals(stepFree), equipment,
            Boolean.TRUE.equals(openToHosted), Boolean.TRUE.equals(openToOutside), Boolean.TRUE.equals(approvalRequired),
            minMinutes, Math.max(minMinutes, maxMinutes), maxDaysAhead, bufferMinutes, cents(rateMember), cents(rateHosted),
            cents(rateOutside), cents(rateSolidarity));
    }

    static BigDecimal euros(int cents) {
        return BigDecimal.valueOf(cents, 2).stripTrailingZeros();
    }

    private static int cents(BigDecimal euros) {
        return euros.movePointRight(2).intValue();
    }

    /** Seven "HH:mm-HH:mm" fields (Monday first) into periods; blank days are closed. Null when one is malformed. */
    static List<OpeningPeriod> periods(List<String> days) {
        List<OpeningPeriod> periods = new ArrayList<>();
        for (int i = 0; i < 7 && i < days.size(); i++) {
            String value = days.get(i) == null ? "" : days.get(i).trim();
            if (value.isEmpty()) {
                continue;
            }
            String[] parts = value.split("\\s*[-–]\\s*");
            try {
                LocalTime opens = LocalTime.parse(pad(parts[0]));
                LocalTime closes = parts[1].trim().startsWith("24") ? LocalTime.MAX : LocalTime.parse(pad(parts[1]));
                if (parts.length != 2 || !opens.isBefore(closes)) {
                    return null;
                }
                periods.add(new OpeningPeriod(DayOfWeek.of(i + 1), opens, closes));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return periods;
    }

    static List<String> texts(List<OpeningPeriod> periods) {
        List<String> days = new ArrayList<>(List.of("", "", "", "", "", "", ""));
        for (OpeningPeriod p : periods) {
            days.set(p.day().getValue() - 1, p.opens() + "-" + (p.closes().equals(LocalTime.MAX) ? "24:00" : p.closes().toString()));
        }
        return days;
    }

    private static String pad(String time) {
        String t = time.trim().replace('h', ':');
        if (t.endsWith(":")) {
            t = t + "00";
        }
        if (!t.contains(":")) {
            t = t + ":00";
        }
        return t.length() == 4 ? "0" + t : t;
    }
}
