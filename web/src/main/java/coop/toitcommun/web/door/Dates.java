package coop.toitcommun.web.door;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates of the door in the house's time zone and the visitor's language: {@code ${@dates.dateTime(instant)}}. */
@Component("dates")
class Dates {

    private final ZoneId zone;

    Dates(ZoneId zone) {
        this.zone = zone;
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(LocaleContextHolder.getLocale()).format(instant.atZone(zone));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(LocaleContextHolder.getLocale()).format(instant.atZone(zone));
    }
}
