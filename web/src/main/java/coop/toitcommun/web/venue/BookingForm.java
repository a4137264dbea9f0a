package coop.toitcommun.web.venue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingChange;
import coop.toitcommun.venue.BookingRequest;
import coop.toitcommun.venue.BookingView;
import coop.toitcommun.venue.Frequency;
import coop.toitcommun.venue.Recurrence;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The booking form, for a new booking (with an optional repetition) and for a change ({@code version},
 * {@code reason} from employees, {@code following} for the next occurrences of a series). No {@code repeat}: once.
 */
record BookingForm(@NotNull Long room,
                   @NotNull Long organisation,
                   @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime start,
                   @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime end,
                   @NotBlank @Text(max = 200, column = "venue.booking.title") String title,
                   @NotNull @Min(1) @Max(10000) Integer attendees,
                   Boolean privateTitle,
                   @Text(max = 2000, column = "venue.booking.notes") String notes,
                   Frequency repeat,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
                   @Min(1) @Max(60) Integer count,
                   Long version,
                   @Text(max = 500, column = "venue.booking.status_reason") String reason,
                   Boolean following) {

    static BookingForm prefilled(Long room, Long organisation, LocalDate date, LocalTime start, LocalTime end) {
        return new BookingForm(room, organisation, date, start, end, "", 1, false, "", null, null, null, null, "", false);
    }

    static BookingForm of(BookingView booking) {
        return new BookingForm(booking.roomId(), booking.organisationId(), booking.start().toLocalDate(),
            booking.start().toLocalTime(), booking.end().toLocalTime(), booking.title(), booking.attendees(),
            !booking.titlePublic(), booking.notes(), null, null, null, booking.version(), "", false);
    }

    /** An end at or before the start ends the next day: a booking until midnight ends at 00:00. */
    LocalDateTime startTime() {
        return date.atTime(start);
    }

    LocalDateTime endTime() {
        return end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end);
    }

    boolean repeats() {
        return repeat != null;
    }

    Recurrence recurrence() {
        return new Recurrence(repeat, until, count);
    }

    BookingRequest toRequest(Actor actor) {
        return new BookingRequest(actor, room, organisation, startTime(), endTime(), title, attendees,
            !Boolean.TRUE.equals(privateTitle), notes);
    }

    BookingChange toChange(Actor actor, long bookingId) {
        return new BookingChange(actor, bookingId, version == null ? -1 : version, startTime(), endTime(), title,
            attendees, !Boolean.TRUE.equals(privateTitle), notes, reason, Boolean.TRUE.equals(following));
    }
}
