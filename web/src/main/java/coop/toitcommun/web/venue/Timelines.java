package coop.toitcommun.web.venue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import coop.toitcommun.venue.BookingStatus;
import coop.toitcommun.venue.CalendarEntry;
import coop.toitcommun.venue.Calendars;
import coop.toitcommun.venue.DayLine;
import coop.toitcommun.venue.Grid;
import coop.toitcommun.venue.MonthOverview;
import coop.toitcommun.venue.TimeSpan;
import coop.toitcommun.venue.WeekCalendar;
import org.springframework.context.MessageSource;
import org.unbescape.html.HtmlEscape;
import org.springframework.stereotype.Component;

/**
 * Turns calendars into what their pages print, formatted once: each room and day is a time line on a grid of
 * quarter hours, where bookings, free times and closures are bars whose position and length are CSS classes
 * ({@code s17 w8}: from the 17th quarter, 8 quarters long; {@code tl n48}: a line of 48 quarters, see
 * {@code timeline.css}). The templates only print strings: no formatting or arithmetic per cell. The records are
 * public so that Thymeleaf's compiled expressions can read them without reflection.
 */
@Component
public class Timelines {

    private static final int QUARTER = 15;

    private final MessageSource messages;

    Timelines(MessageSource messages) {
        this.messages = messages;
    }

    /** A bar of a time line: a booking, a free time (a link to book it) or a closure. {@code href} may be null. */
    public record Bar(String cls, String href, String text) {
    }

    /**
     * A room's line in a page: its name with a link, its places (null for a day of a room's week), and its cells as
     * HTML, written by {@link #weekCells} or {@link #lineCell}.
     */
    public record RoomRow(String name, String href, String places, String cells) {
    }

    public record Column(String label, String href) {
    }

    public record WeekPage(List<Column> days, List<RoomRow> rows) {
    }

    /** The day view (a line per room) or a room's week (a line per day), under a ruler of hours. */
    public record LinesPage(String track, List<Bar> ruler, List<RoomRow> lines) {
    }

    /** The week of every room; {@code chosenDay} (0 for Monday) is the day a phone shows. */
    WeekPage week(WeekCalendar calendar, int chosenDay, Locale locale, String contextPath) {
        Texts texts = new Texts(locale, contextPath);
        Line line = new Line(calendar.from(), calendar.hours());
        List<Column> days = calendar.days().stream()
            .map(day -> new Column(texts.shortDay(day), contextPath + "/calendar/day?date=" + day)).toList();
        List<RoomRow> rows = calendar.rows().stream().map(row -> new RoomRow(row.room().name(),
            contextPath + "/rooms/" + row.room().id() + "/calendar?week=" + calendar.week(),
            texts.places(row.room().capacity()), weekCells(row.days(), chosenDay, line, texts)))
            .toList();
        return new WeekPage(days, rows);
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
                entry.mine() ? contextPath + "/bookings/" + entry.bookingId() : null, texts.entry(entry))).toList()))
            .toList()).toList();
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

        Texts(Locale locale, String contextPath) {
            this.locale = locale;
            this.contextPath = contextPath;
            this.shortDay = DateTimeFormatter.ofPattern("EEE d", locale);
            this.free = messages.getMessage("venue.calendar.free", null, locale);
            this.closed = messages.getMessage("venue.calendar.closed", null, locale);
            this.hidden = messages.getMessage("venue.calendar.private", null, locale);
            this.pending = messages.getMessage("venue.status.PENDING", null, locale);
        }

        String shortDay(LocalDate day) {
            return shortDay.format(day);
        }

        String places(int capacity) {
            return messages.getMessage("venue.room.places", new Object[] {capacity}, locale);
        }

        String entry(CalendarEntry entry) {
            StringBuilder text = new StringBuilder(64).append(span(entry.start(), entry.end())).append(' ')
                .append(entry.title() == null ? hidden : entry.title());
            if (entry.organisationName() != null) {
                text.append(" · ").append(entry.organisationName());
            }
            if (entry.status() == BookingStatus.PENDING) {
                text.append(" (").append(pending).append(')');
            }
            return text.toString();
        }

        String bookingLink(long roomId, LocalDateTime start, LocalDateTime end) {
            return contextPath + "/bookings/new?room=" + roomId + "&date=" + start.toLocalDate() + "&start="
                + time(start.toLocalTime()) + "&end=" + time(end.toLocalTime());
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
         * The bars of a day, in time order. In a day view ({@code split}) free times are cut at each hour, so that a
         * click books that hour; in the week, one link per free time.
         */
        List<Bar> bars(DayLine day, Texts texts, boolean split) {
            LocalDateTime start = day.date().atTime(from);
            LocalDateTime end = start.plusMinutes((long) quarters * QUARTER);
            List<Placed> placed = new ArrayList<>();
            for (TimeSpan closure : day.closed()) {
                boolean allDay = !closure.start().isAfter(start) && !closure.end().isBefore(end);
                placed.add(new Placed(closure.start(), new Bar("c " + position(start, closure.start(), closure.end()), null,
                    allDay ? texts.closed : texts.closed + " " + span(closure.start(), closure.end()))));
            }
            for (CalendarEntry entry : day.entries()) {
                LocalDateTime until = entry.end().isAfter(end) ? end : entry.end();
                String cls = "b" + (entry.mine() ? " m" : "") + (entry.status() == BookingStatus.PENDING ? " p" : "") + " "
                    + position(start, entry.start(), until);
                placed.add(new Placed(entry.start(), new Bar(cls, entry.mine()
                    ? texts.contextPath + "/bookings/" + entry.bookingId() : null, texts.entry(entry))));
            }
            for (TimeSpan free : day.free()) {
                for (TimeSpan piece : split ? byHour(free) : List.of(free)) {
                    // the form opens on this piece (the first hour of a free time in the week), at least the room's minimum
                    LocalDateTime proposedEnd = earliest(free.end(), latest(split ? piece.end() : piece.start().plusHours(1),
                        piece.start().plusMinutes(day.room().minMinutes())));
                    placed.add(new Placed(piece.start(), new Bar("f " + position(start, piece.start(), piece.end()),
                        texts.bookingLink(day.room().id(), piece.start(), proposedEnd),
                        split ? time(piece.start().toLocalTime()) : texts.free + " " + span(piece.start(), piece.end()))));
                }
            }
            placed.sort(Comparator.comparing(Placed::start));
            return placed.stream().map(Placed::bar).toList();
        }

        private String position(LocalDateTime lineStart, LocalDateTime from, LocalDateTime to) {
            long first = Math.max(0, Duration.between(lineStart, from).toMinutes() / QUARTER);
            long last = Math.min(quarters, (Duration.between(lineStart, to).toMinutes() + QUARTER - 1) / QUARTER);
            first = Math.min(first, quarters - 1);
            return "s" + (first + 1) + " w" + Math.max(1, last - first);
        }
    }

    private record Placed(LocalDateTime start, Bar bar) {
    }

    /**
     * The seven cells of a room's week: for each day, the day (printed on phones, where the column headings are hidden)
     * and its time line. The cells and the links of their time lines are written here rather than by the template: a
     * week of 50 rooms has 350 cells and some 1,500 links, and Thymeleaf's iterations and attribute processors (with
     * an expression each) were most of the page's time. Texts and addresses are escaped as {@code th:text} and
     * {@code th:href} escape them; the HTML is the one the template wrote.
     */
    private static String weekCells(List<DayLine> days, int chosenDay, Line line, Texts texts) {
        StringBuilder html = new StringBuilder(days.size() * 1024);
        for (int index = 0; index < days.size(); index++) {
            DayLine day = days.get(index);
            html.append(index == chosenDay ? "<td class=\"chosen\">" : "<td>").append("<span class=\"dl\">")
                .append(HtmlEscape.escapeHtml4Xml(texts.shortDay(day.date()))).append("</span>");
            timeLine(html, line, line.bars(day, texts, false));
            html.append("</td>");
        }
        return html.toString();
    }

    /** The one cell of a line of the day view or of a room's week: its time line, free times cut at each hour. */
    private static String lineCell(DayLine day, Line line, Texts texts) {
        StringBuilder html = new StringBuilder(2048).append("<td>");
        timeLine(html, line, line.bars(day, texts, true));
        return html.append("</td>").toString();
    }

    /** A bar without an address keeps the empty {@code href} that {@code th:href} wrote for it. */
    private static void timeLine(StringBuilder html, Line line, List<Bar> bars) {
        html.append("<div class=\"").append(line.track()).append("\">");
        for (Bar bar : bars) {
            html.append("<a class=\"").append(HtmlEscape.escapeHtml4Xml(bar.cls())).append("\" href=\"")
                .append(bar.href() == null ? "" : HtmlEscape.escapeHtml4Xml(bar.href())).append("\">")
                .append(HtmlEscape.escapeHtml4Xml(bar.text())).append("</a>");
        }
        html.append("</div>");
    }

    /** A free time cut at each full hour: 9:30–12:00 gives 9:30–10:00, 10:00–11:00, 11:00–12:00. */
    private static List<TimeSpan> byHour(TimeSpan free) {
        List<TimeSpan> pieces = new ArrayList<>();
        LocalDateTime start = free.start();
        while (start.isBefore(free.end())) {
            LocalDateTime next = earliest(start.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusHours(1), free.end());
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

    static String span(LocalDateTime start, LocalDateTime end) {
        return time(start.toLocalTime()) + "–" + time(end.toLocalTime());
    }

    static String time(LocalTime time) {
        return (time.getHour() < 10 ? "0" : "") + time.getHour() + (time.getMinute() < 10 ? ":0" : ":") + time.getMinute();
    }
}
