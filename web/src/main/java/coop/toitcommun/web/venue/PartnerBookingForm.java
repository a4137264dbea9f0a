package coop.toitcommun.web.venue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** A booking in a partner house's room: the day, the times, what for and how many. */
record PartnerBookingForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                          @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime start,
                          @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime end,
                          @NotBlank @Text(max = 200, column = "venue.partner_booking.title") String title,
                          @NotNull @Min(1) @Max(10000) Integer attendees) {

    static PartnerBookingForm on(LocalDate date) {
        return new PartnerBookingForm(date, LocalTime.of(10, 0), LocalTime.of(12, 0), "", 1);
    }

    LocalDateTime startTime() {
        return date.atTime(start);
    }

    /** An end at or before the start ends the next day, as in the house's own booking form. */
    LocalDateTime endTime() {
        return end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end);
    }
}
