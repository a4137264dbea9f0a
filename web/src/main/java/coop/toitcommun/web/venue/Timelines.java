package coop.toitcommun.web.venue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import coop.toitcommun.venue.BookingStatus;
import coop.toitcommun.venue.CalendarEntry;
import coop.toitcommun.venue.Calendars;
import coop.toitcommun.venue.DayLine;
import coop.toitcommun.venue.Grid;
import coop.toitcommun.venue.MonthOverview;
import coop.toitcommun.venue.TimeSpan;
import coop.toitcommun.venue.WeekCalendar;
import coop.toitcommun.web.templates.Html;
import org.springframework.context.MessageSource;
import org.unbescape.html.HtmlEscape;
import org.springframework.stereotype.Component;

/**
 * Turns calendars into what their pages print, formatted once: each room and day is a time line on a grid of
 * quarter hours, where bookings, free times and closures are bars whose position and length are CSS classes
 * ({@code s17 w8}: from the 17th quarter, 8 quarters long; {@code tl n48}: a line of 48 quarters, see
 * {@code timeline.css}). The templates only print strings: no formatting or arithmetic per cell. The records are
 * public for the templates to read them.
 */
@Component
public class Timelines {

    private static final int QUARTER = 15;

    private final MessageSource messages;

    Timelines(MessageSource messages) {
        this.messages = messages;
    }

    /** A mark of the hours' ruler, or a booking in a day of a room's month. {@code href} may be null. */
    public record Bar(String cls, String href, String text) {
    }

    /**
     * A room's line in the day view or a room's week: its name with a link, its places (null for a day of a room's
     * week), and its cell as HTML, written by {@link #lineCell}.
     */
    public record RoomRow(String name, String href, String places, String cells) {
    }

    /** A day of the week: its heading, linked to its day view, and the address of the week showing it on phones. */
    public record Column(String label, String href, String pickHref) {
    }

    /**
     * The week of every room: its heading and the sentence that tells its hours, the addresses of the weeks before and
     * after, the days' headings, how many rooms, and the table's rows as HTML ({@link #weekRows}).
     */
    public record WeekPage(String heading, String help, String previousHref, String nextHref, List<Column> days, int rooms,
                           String rows) {
    }

    /** The day view (a line per room) or a room's week (a line per day), under a ruler of hours. */
    public record LinesPage(String track, List<Bar> ruler, List<RoomRow> lines) {
    }

    /** The week of every room; {@code chosenDay} (0 for Monday) is the day a phone shows. */
    WeekPage week(WeekCalendar calendar, int chosenDay, Locale locale, String contextPath) {
        Texts texts = new Texts(locale, contextPath);
        Line line = new Line(calendar.from(), calendar.hours());
        String week = contextPath + "/calendar?week=";
        List<Column> days = calendar.days().stream().map(day -> new Column(texts.shortDay(day),
            contextPath + "/calendar/day?date=" + day, week + calendar.week() + "&day=" + day)).toList();
        List<String> dayLabels = days.stream().map(day -> HtmlEscape.escapeHtml4Xml(day.label())).toList();
        return new WeekPage(texts.weekHeading(calendar.days().get(0)), texts.hoursShown(calendar.from(), calendar.hours()),
            week + calendar.previousWeek(), week + calendar.nextWeek(), days, calendar.rows().size(),
            weekRows(calendar, dayLabels, chosenDay, line, texts));
    }

    LinesPage day(Grid grid, Locale locale, String contextPath) {
        Texts texts = new Texts(locale, contextPath);
        Line line = new Line(grid.from(), grid.hours());
        List<RoomRow> lines = grid.lines().stream().map(day -> new RoomRow(day.room().name(),
            contextPath + "/rooms/" + day.room().id() + "/calendar?week=" + Calendars.weekOf(day.date()),
            texts.places(day.room().capacity()), lineCell(day, line, texts))).toList();
        return new LinesPage(line.track(), line.ruler(), lines);
    }

    LinesPage roomWeek(Grid grid, Locale locale, String contextPath) {
        Texts texts = new Texts(locale, contextPath);
        Line line = new Line(grid.from(), grid.hours());
        List<RoomRow> lines = grid.lines().stream().map(day -> new RoomRow(texts.shortDay(day.date()),
            contextPath + "/calendar/day?date=" + day.date(), null, lineCell(day, line, texts))).toList();
        return new LinesPage(line.track(), line.ruler(), lines);
    }

    /** A day of a room's month: its bookings as lines of text, linked when they are the reader's. */
    public record MonthDay(String label, String href, String cls, List<Bar> entries) {
    }

    List<List<MonthDay>> month(MonthOverview overview, Locale locale, String contextPath) {
        Texts texts = new Texts(locale, contextPath);
        String room = contextPath + "/rooms/" + overview.room().id() + "/calendar?week=";
        return overview.weeks().stream().map(week -> week.stream().map(day -> new MonthDay(texts.shortDay(day.date()),
            room + Calendars.weekOf(day.date()), !day.inMonth() ? "other-month" : day.closed() ? "closed" : "",
            day.entries().stream().map(entry -> new Bar("me" + (entry.mine() ? " m" : "")
                + (entry.status() == BookingStatus.PENDING ? " p" : ""),
                entry.mine() ? contextPath + "/bookings/" + entry.bookingId() : null,
                texts.entry(Out.text(), entry).toString())).toList()))
            .toList()).toList();
    }

    /** Text written either as HTML (escaped as {@code th:text} escapes) or as plain text that a template escapes. */
    private static final class Out {
        final StringBuilder text;
        final boolean html;

        private Out(int capacity, boolean html) {
            this.text = new StringBuilder(capacity);
            this.html = html;
        }

        static Out text() {
            return new Out(64, false);
        }

        static Out html(int capacity) {
            return new Out(capacity, true);
        }

        Out raw(String markup) {
            text.append(markup);
            return this;
        }

        Out raw(char markup) {
            text.append(markup);
            return this;
        }

        Out raw(long number) {
            text.append(number);
            return this;
        }

        /** A text that came from a person or from the messages. */
        Out escaped(String value) {
            if (html) {
                Html.appendEscaped(text, value);
            } else {
                text.append(value);
            }
            return this;
        }

        Out time(LocalTime time) {
            twoDigits(time.getHour());
            text.append(':');
            twoDigits(time.getMinute());
            return this;
        }

        Out span(LocalDateTime start, LocalDateTime end) {
            time(start.toLocalTime());
            text.append('–');
            return time(end.toLocalTime());
        }

        private void twoDigits(int value) {
            text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** The texts of one page, looked up once. */
    private final class Texts {
        final DateTimeFormatter shortDay;
        final String free;
        final String closed;
        final String hidden;
        final String pending;
        final Locale locale;
        final String contextPath;
        final String escapedContextPath;

        Texts(Locale locale, String contextPath) {
            this.locale = locale;
            this.contextPath = contextPath;
            this.escapedContextPath = HtmlEscape.escapeHtml4Xml(contextPath);
            this.shortDay = DateTimeFormatter.ofPattern("EEE d", locale);
            this.free = messages.getMessage("venue.calendar.free", null, locale);
            this.closed = messages.getMessage("venue.calendar.closed", null, locale);
            this.hidden = messages.getMessage("venue.calendar.private", null, locale);
            this.pending = messages.getMessage("venue.status.PENDING", null, locale);
        }

        String shortDay(LocalDate day) {
            return shortDay.format(day);
        }

        /** "Semaine du 21 décembre au 27 décembre 2026". */
        String weekHeading(LocalDate monday) {
            return messages.getMessage("venue.week.heading", new Object[] {
                DateTimeFormatter.ofPattern("d MMMM", locale).format(monday),
                DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(monday.plusDays(6))}, locale);
        }

        /** The sentence that tells from what hour to what hour each line shows the day. */
        String hoursShown(LocalTime from, int hours) {
            DateTimeFormatter hour = DateTimeFormatter.ofPattern("HH:mm", locale);
            return messages.getMessage("venue.week.help", new Object[] {hour.format(from), hour.format(from.plusHours(hours))},
                locale);
        }

        String places(int capacity) {
            return messages.getMessage("venue.room.places", new Object[] {capacity}, locale);
        }

        /** A booking: its times, its title (or that it is private), its organisation, and whether it waits. */
        Out entry(Out out, CalendarEntry entry) {
            out.span(entry.start(), entry.end()).raw(' ').escaped(entry.title() == null ? hidden : entry.title());
            if (entry.organisationName() != null) {
                out.raw(" · ").escaped(entry.organisationName());
            }
            if (entry.status() == BookingStatus.PENDING) {
                out.raw(" (").escaped(pending).raw(')');
            }
            return out;
        }

        /** The address of the booking form for a room and day, as an HTML attribute, up to the start time. */
        String bookingForm(long roomId, LocalDate day) {
            return escapedContextPath + "/bookings/new?room=" + roomId + "&amp;date=" + day + "&amp;start=";
        }
    }

    /** Positions on a line of {@code hours} hours from {@code from}, in quarters of an hour. */
    private static final class Line {
        final LocalTime from;
        final int quarters;

        Line(LocalTime from, int hours) {
            this.from = from;
            this.quarters = hours * 60 / QUARTER;
        }

        String track() {
            return "tl n" + quarters;
        }

        List<Bar> ruler() {
            List<Bar> marks = new ArrayList<>();
            for (int hour = 0; hour * 60 / QUARTER < quarters; hour++) {
                marks.add(new Bar("s" + (1 + hour * 60 / QUARTER) + " w" + (60 / QUARTER), null,
                    String.valueOf(from.plusHours(hour).getHour())));
            }
            return marks;
        }

        /**
         * A day's time line: its bars in time order, each a link ({@code <a>}, with an empty {@code href} when it
         * leads nowhere). In a day view ({@code split}) free times are cut at each hour, so that a click books that
         * hour; in the week, one link per free time.
         */
        void write(Out html, DayLine day, Texts texts, boolean split) {
            LocalDateTime start = day.date().atTime(from);
            LocalDateTime end = start.plusMinutes((long) quarters * QUARTER);
            long lineStart = secondOf(start);
            String form = texts.bookingForm(day.room().id(), day.date());
            List<Placed> placed = new ArrayList<>(day.closed().size() + day.entries().size() + day.free().size() * 2);
            for (TimeSpan closure : day.closed()) {
                boolean allDay = !closure.start().isAfter(start) && !closure.end().isBefore(end);
                placed.add(new Placed(closure.start(), out -> {
                    open(out, "c", lineStart, closure.start(), closure.end()).raw("\">").escaped(texts.closed);
                    if (!allDay) {
                        out.raw(' ').span(closure.start(), closure.end());
                    }
                }));
            }
            for (CalendarEntry entry : day.entries()) {
                LocalDateTime until = entry.end().isAfter(end) ? end : entry.end();
                String kind = "b" + (entry.mine() ? " m" : "") + (entry.status() == BookingStatus.PENDING ? " p" : "");
                placed.add(new Placed(entry.start(), out -> {
                    open(out, kind, lineStart, entry.start(), until);
                    if (entry.mine()) {
                        out.raw(texts.escapedContextPath).raw("/bookings/").raw(entry.bookingId());
                    }
                    texts.entry(out.raw("\">"), entry);
                }));
            }
            for (TimeSpan free : day.free()) {
                for (TimeSpan piece : split ? byHour(free) : List.of(free)) {
                    // the form opens on this piece (the first hour of a free time in the week), at least the room's minimum
                    LocalDateTime proposedEnd = earliest(free.end(), latest(split ? piece.end() : piece.start().plusHours(1),
                        piece.start().plusMinutes(day.room().minMinutes())));
                    placed.add(new Placed(piece.start(), out -> {
                        open(out, "f", lineStart, piece.start(), piece.end()).raw(form).time(piece.start().toLocalTime())
                            .raw("&amp;end=").time(proposedEnd.toLocalTime()).raw("\">");
                        if (split) {
                            out.time(piece.start().toLocalTime());
                        } else {
                            out.escaped(texts.free).raw(' ').span(piece.start(), piece.end());
                        }
                    }));
                }
            }
            placed.sort(Comparator.comparing(Placed::start));
            html.raw("<div class=\"").raw(track()).raw("\">");
            for (Placed bar : placed) {
                bar.writer().accept(html);
                html.raw("</a>");
            }
            html.raw("</div>");
        }

        /** A bar's opening tag up to its address: {@code <a class="kind s17 w8" href="}. */
        private Out open(Out html, String kind, long lineStart, LocalDateTime from, LocalDateTime to) {
            long first = Math.max(0, (secondOf(from) - lineStart) / 60 / QUARTER);
            long last = Math.min(quarters, ((secondOf(to) - lineStart) / 60 + QUARTER - 1) / QUARTER);
            first = Math.min(first, quarters - 1);
            return html.raw("<a class=\"").raw(kind).raw(" s").raw(first + 1).raw(" w").raw(Math.max(1, last - first))
                .raw("\" href=\"");
        }
    }

    /** A moment as seconds on the calendar's clock, to count the minutes between two without a {@code Duration}. */
    private static long secondOf(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC);
    }

    /** A bar of a time line, kept with its start to be written in time order. */
    private record Placed(LocalDateTime start, Consumer<Out> writer) {
    }

    /**
     * The rows of the week's table: for each room, its name (a link to its week) and places, then its seven cells, each
     * with its day (printed on phones, where the column headings are hidden) and its time line. They are written here
     * rather than by the template: a week of 50 rooms has 350 cells and some 1,500 links, and Thymeleaf's iterations
     * and attribute processors (with an expression each) were most of the page's time; the four expressions per room
     * that the template kept (200 for 50 rooms) went too. Texts and addresses are escaped as {@code th:text} and
     * {@code th:href} escape them.
     */
    private static String weekRows(WeekCalendar calendar, List<String> dayLabels, int chosenDay, Line line, Texts texts) {
        Out html = Out.html(calendar.rows().size() * calendar.days().size() * 1536);
        for (WeekCalendar.Row row : calendar.rows()) {
            html.raw("<tr><th scope=\"row\"><a href=\"").raw(texts.escapedContextPath).raw("/rooms/").raw(row.room().id())
                .raw("/calendar?week=").raw(calendar.week()).raw("\">").escaped(row.room().name()).raw("</a> <span>")
                .escaped(texts.places(row.room().capacity())).raw("</span></th>");
            List<DayLine> days = row.days();
            for (int index = 0; index < days.size(); index++) {
                html.raw(index == chosenDay ? "<td class=\"chosen\">" : "<td>").raw("<span class=\"dl\">")
                    .raw(dayLabels.get(index)).raw("</span>");
                line.write(html, days.get(index), texts, false);
                html.raw("</td>");
            }
            html.raw("</tr>\n");
        }
        return html.toString();
    }

    /** The one cell of a line of the day view or of a room's week: its time line, free times cut at each hour. */
    private static String lineCell(DayLine day, Line line, Texts texts) {
        Out html = Out.html(2048).raw("<td>");
        line.write(html, day, texts, true);
        return html.raw("</td>").toString();
    }

    /** A free time cut at each full hour: 9:30–12:00 gives 9:30–10:00, 10:00–11:00, 11:00–12:00. */
    private static List<TimeSpan> byHour(TimeSpan free) {
        List<TimeSpan> pieces = new ArrayList<>();
        LocalDateTime start = free.start();
        while (start.isBefore(free.end())) {
            LocalDateTime next = earliest(start.truncatedTo(ChronoUnit.HOURS).plusHours(1), free.end());
            pieces.add(new TimeSpan(start, next));
            start = next;
        }
        return pieces;
    }

    private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
