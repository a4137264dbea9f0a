package coop.toitcommun.web.volunteering;

import java.time.LocalDate;
import java.time.LocalTime;

import coop.toitcommun.venue.volunteering.ShiftPlan;
import coop.toitcommun.venue.volunteering.VolunteeringActor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that plans shifts of a mission: once, or every week until a date. */
record ShiftForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                 @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime start,
                 @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime end,
                 @NotNull @Min(1) @Max(50) Integer places,
                 @NotNull Repeat repeat,
                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {

    /** Once, or every week until {@code until}. */
    enum Repeat { ONCE, WEEKLY }

    static ShiftForm prefilled(LocalDate date) {
        return new ShiftForm(date, LocalTime.of(9, 0), LocalTime.of(12, 0), 2, Repeat.ONCE, null);
    }

    ShiftPlan toPlan(VolunteeringActor actor) {
        return new ShiftPlan(actor, date, start, end, places, repeat == Repeat.WEEKLY ? until : null);
    }
}
