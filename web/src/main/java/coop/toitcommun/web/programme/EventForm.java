package coop.toitcommun.web.programme;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.PublicEventCommand;
import coop.toitcommun.venue.PublicEventView;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that publishes or changes an event: in a room of the house ({@code place} HOUSE) or at an address. */
record EventForm(@NotNull Long organisation,
                 @NotBlank @Text(max = 200, column = "venue.public_event.title") String title,
                 @Text(max = 4000, column = "venue.public_event.description") String description,
                 @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                 @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime start,
                 @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime end,
                 @NotNull Place place,
                 Long room,
                 @Text(max = 300, column = "venue.public_event.address") String address,
                 @Min(1) @Max(10000) Integer capacity,
                 Boolean registration,
                 Long version) {

    /** Where the event takes place. */
    enum Place { HOUSE, OUTSIDE }

    static EventForm prefilled(Long organisation, LocalDate date) {
        return new EventForm(organisation, "", "", date, LocalTime.of(18, 0), LocalTime.of(20, 0), Place.HOUSE, null, "",
            null, true, null);
    }

    static EventForm of(PublicEventView event) {
        return new EventForm(event.organisationId(), event.title(), event.description(), event.start().toLocalDate(),
            event.start().toLocalTime(), event.end().toLocalTime(), event.inTheHouse() ? Place.HOUSE : Place.OUTSIDE,
            event.roomId(), event.address(), event.capacity(), event.registrationRequired(), event.version());
    }

    /** An end at or before the start ends the next day, as for bookings. */
    PublicEventCommand toCommand(Actor actor) {
        LocalDateTime from = date.atTime(start);
        LocalDateTime to = end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end);
        return new PublicEventCommand(actor, organisation, title, description, from, to, place == Place.HOUSE, room,
            address, capacity, Boolean.TRUE.equals(registration), version == null ? -1 : version);
    }
}
