package coop.toitcommun.venue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.venue.internal.Availability;
import coop.toitcommun.venue.internal.Booking;
import coop.toitcommun.venue.internal.BookingRepository;
import coop.toitcommun.venue.internal.ClosureRepository;
import coop.toitcommun.venue.internal.OpeningHours;
import coop.toitcommun.venue.internal.OpeningHoursRepository;
import coop.toitcommun.venue.internal.Room;
import coop.toitcommun.venue.internal.RoomRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendars and the free-room search. Each view loads its window with a fixed number of queries (rooms,
 * bookings of the window, closures, opening hours, the viewer's organisations, organisation names) and
 * builds everything else in memory, so the number of SQL statements does not grow with the bookings.
 */
@Service
@Transactional(readOnly = true)
public class Calendars {

    private static final LocalTime DEFAULT_FIRST_HOUR = LocalTime.of(8, 0);
    private static final LocalTime DEFAULT_LAST_HOUR = LocalTime.of(20, 0);

    private final RoomRepository rooms;
    private final BookingRepository bookings;
    private final ClosureRepository closures;
    private final OpeningHoursRepository hours;
    private final Organisations organisations;
    private final VenueTime time;

    Calendars(RoomRepository rooms, BookingRepository bookings, ClosureRepository closures, OpeningHoursRepository hours,
              Organisations organisations, VenueTime time) {
        this.rooms = rooms;
        this.bookings = bookings;
        this.closures = closures;
        this.hours = hours;
        this.organisations = organisations;
        this.time = time;
    }

    /** {@code 2026-W48} → its Monday; blank or malformed → this week's Monday. */
    public LocalDate mondayOf(String week) {
        if (week != null && !week.isBlank()) {
            try {
                return LocalDate.parse(week.trim() + "-1", DateTimeFormatter.ISO_WEEK_DATE);
            } catch (DateTimeParseException e) {
                // fall through to this week
            }
        }
        return time.localNow().toLocalDate().with(DayOfWeek.MONDAY);
    }

    public static String weekOf(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Every bookable room over the week starting on {@code monday}. */
    public WeekCalendar week(Actor viewer, LocalDate monday) {
        Window window = window(viewer, monday, monday.plusDays(7));
        List<LocalDate> days = monday.datesUntil(monday.plusDays(7)).toList();
        List<WeekCalendar.Row> rows = new ArrayList<>();
        for (Room room : window.rooms) {
            List<WeekCalendar.Day> cells = new ArrayList<>();
            for (LocalDate day : days) {
                List<CalendarEntry> entries = window.entriesOn(room.getId(), day);
                cells.add(new WeekCalendar.Day(day, entries, firstFree(window, room, day), window.closedAllDay(room, day)));
            }
            rows.add(new WeekCalendar.Row(Rooms.viewOf(room), cells));
        }
        return new WeekCalendar(weekOf(monday), weekOf(monday.minusWeeks(1)), weekOf(monday.plusWeeks(1)), days, rows);
    }

    /** One room over a week: a line per day, hour cells. */
    public Grid roomWeek(Actor viewer, long roomId, LocalDate monday) {
        Window window = window(viewer, monday, monday.plusDays(7));
        Room room = window.rooms.stream().filter(r -> r.getId() == roomId).findFirst()
            .orElseThrow(() -> new VenueNotFoundException("room " + roomId));
        List<LocalTime> hourList = hourRange(window.availability.hoursOf(roomId));
        List<Grid.Line> lines = monday.datesUntil(monday.plusDays(7)).map(day -> line(window, room, day, hourList)).toList();
        return new Grid(room.getName(), weekOf(monday.minusWeeks(1)), weekOf(monday.plusWeeks(1)), hourList, lines);
    }

    /** Every bookable room on one day: a line per room, hour cells. */
    public Grid day(Actor viewer, LocalDate date) {
        Window window = window(viewer, date, date.plusDays(1));
        List<OpeningHours> all = new ArrayList<>();
        window.rooms.forEach(r -> all.addAll(window.availability.hoursOf(r.getId())));
        List<LocalTime> hourList = hourRange(all);
        List<Grid.Line> lines = window.rooms.stream().map(room -> line(window, room, date, hourList)).toList();
        return new Grid(date.toString(), date.minusDays(1).toString(), date.plusDays(1).toString(), hourList, lines);
    }

    /** A room over a month, for a glance at how busy it is. */
    public MonthOverview month(Actor viewer, long roomId, YearMonth month) {
        LocalDate first = month.atDay(1).with(DayOfWeek.MONDAY);
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Window window = window(viewer, first, last.plusDays(1));
        Room room = window.rooms.stream().filter(r -> r.getId() == roomId).findFirst()
            .orElseThrow(() -> new VenueNotFoundException("room " + roomId));
        List<List<MonthOverview.Day>> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            weeks.add(monday.datesUntil(monday.plusDays(7)).map(day -> new MonthOverview.Day(day,
                YearMonth.from(day).equals(month), window.entriesOn(roomId, day), window.closedAllDay(room, day))).toList());
        }
        return new MonthOverview(Rooms.viewOf(room), month.toString(), month.minusMonths(1).toString(),
            month.plusMonths(1).toString(), weeks);
    }

    /** Rooms free for [start, start + minutes) with enough places (and step-free access when asked). */
    public List<RoomView> freeRooms(LocalDateTime start, int minutes, int capacity, boolean stepFreeOnly) {
        if (!time.exists(start) || minutes <= 0) {
            return List.of();
        }
        LocalDateTime end = start.plusMinutes(minutes);
        Instant from = time.instantOf(start);
        Availability availability = new Availability(time.zone(),
            bookings.holding(from.minus(Duration.ofDays(1)), from.plus(Duration.ofMinutes(minutes)).plus(Duration.ofDays(1)),
                BookingStatus.ACTIVE),
            closures.overlapping(from.minus(Duration.ofDays(1)), from.plus(Duration.ofDays(2))), hours.findAll());
        boolean future = start.isAfter(time.localNow());
        return rooms.findByArchivedFalseOrderByName().stream()
            .filter(r -> future && r.getCapacity() >= capacity && (!stepFreeOnly || r.isStepFree()))
            .filter(r -> minutes >= r.getMinMinutes() && minutes <= r.getMaxMinutes())
            .filter(r -> availability.canTake(r, start, end, null))
            .map(Rooms::viewOf).toList();
    }

    // ---- building blocks

    private Window window(Actor viewer, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(time.zone()).toInstant();
        Instant end = to.atStartOfDay(time.zone()).toInstant();
        List<Room> roomList = rooms.findByArchivedFalseOrderByName();
        List<Booking> held = bookings.holding(start, end, BookingStatus.ACTIVE);
        Availability availability = new Availability(time.zone(), held, closures.overlapping(start, end), hours.findAll());
        Set<Long> mine = organisations.ofPerson(viewer.personId()).stream().map(OrganisationRef::id).collect(Collectors.toSet());
        Map<Long, OrganisationRef> names = held.isEmpty() ? Map.of()
            : organisations.findAll(held.stream().map(Booking::getOrganisationId).collect(Collectors.toSet()));
        return new Window(roomList, availability, entries(held, viewer, mine, names));
    }

    private List<CalendarEntry> entries(List<Booking> held, Actor viewer, Set<Long> mine, Map<Long, OrganisationRef> names) {
        List<CalendarEntry> list = new ArrayList<>(held.size());
        for (Booking b : held) {
            boolean own = mine.contains(b.getOrganisationId());
            boolean visible = own || viewer.staff() || b.isTitlePublic();
            OrganisationRef organisation = names.get(b.getOrganisationId());
            list.add(new CalendarEntry(b.getId(), b.getRoomId(), time.at(b.getStartsAt()).toLocalDateTime(),
                time.at(b.getEndsAt()).toLocalDateTime(), visible ? b.getTitle() : null,
                visible && organisation != null ? organisation.name() : null, b.getStatus(), own));
        }
        return list;
    }

    private Grid.Line line(Window window, Room room, LocalDate day, List<LocalTime> hourList) {
        List<CalendarEntry> dayEntries = window.entriesOn(room.getId(), day);
        LocalDateTime now = time.localNow();
        List<Grid.Cell> cells = new ArrayList<>();
        for (LocalTime hour : hourList) {
            LocalDateTime start = day.atTime(hour);
            LocalDateTime end = start.plusHours(1);
            CalendarEntry entry = dayEntries.stream().filter(e -> e.start().isBefore(end) && e.end().isAfter(start))
                .findFirst().orElse(null);
            boolean exists = time.exists(start) && time.exists(end);
            boolean closed = exists && window.availability.isClosed(room.getId(), time.instantOf(start), time.instantOf(end));
            boolean free = entry == null && exists && start.isAfter(now) && room.getMinMinutes() <= 60
                && window.availability.canTake(room, start, end, null);
            cells.add(new Grid.Cell(start, end, entry, free, closed));
        }
        return new Grid.Line(Rooms.viewOf(room), day, cells, dayEntries);
    }

    private FreeSlot firstFree(Window window, Room room, LocalDate day) {
        List<OpeningHours> periods = window.availability.hasHours(room.getId())
            ? window.availability.periodsOn(room.getId(), day) : List.of();
        LocalTime from = window.availability.hasHours(room.getId()) ? null : DEFAULT_FIRST_HOUR;
        LocalTime to = DEFAULT_LAST_HOUR;
        if (from == null) {
            if (periods.isEmpty()) {
                return null;
            }
            from = periods.stream().map(OpeningHours::getOpens).min(Comparator.naturalOrder()).orElseThrow();
            to = periods.stream().map(OpeningHours::getCloses).max(Comparator.naturalOrder()).orElseThrow();
        }
        LocalDateTime now = time.localNow();
        int length = Math.max(60, room.getMinMinutes());
        for (LocalDateTime start = day.atTime(from); !start.plusMinutes(length).isAfter(day.atTime(to)); start = start.plusMinutes(30)) {
            LocalDateTime end = start.plusMinutes(length);
            if (start.isAfter(now) && time.exists(start) && time.exists(end) && window.availability.canTake(room, start, end, null)) {
                return new FreeSlot(room.getId(), room.getName(), start, end);
            }
        }
        return null;
    }

    private static List<LocalTime> hourRange(List<OpeningHours> periods) {
        LocalTime first = periods.stream().map(OpeningHours::getOpens).min(Comparator.naturalOrder()).orElse(DEFAULT_FIRST_HOUR);
        LocalTime last = periods.stream().map(OpeningHours::getCloses).max(Comparator.naturalOrder()).orElse(DEFAULT_LAST_HOUR);
        List<LocalTime> list = new ArrayList<>();
        for (LocalTime hour = first.withMinute(0); hour.isBefore(last) && list.size() < 24; hour = hour.plusHours(1)) {
            list.add(hour);
            if (hour.equals(LocalTime.of(23, 0))) {
                break;
            }
        }
        return list;
    }

    /** What one view loaded. */
    private final class Window {
        final List<Room> rooms;
        final Availability availability;
        final Map<Long, Map<LocalDate, List<CalendarEntry>>> byRoomAndDay;

        Window(List<Room> rooms, Availability availability, List<CalendarEntry> entries) {
            this.rooms = rooms;
            this.availability = availability;
            this.byRoomAndDay = entries.stream().collect(Collectors.groupingBy(CalendarEntry::roomId,
                Collectors.groupingBy(e -> e.start().toLocalDate())));
        }

        List<CalendarEntry> entriesOn(long roomId, LocalDate day) {
            return byRoomAndDay.getOrDefault(roomId, Map.of()).getOrDefault(day, List.of());
        }

        boolean closedAllDay(Room room, LocalDate day) {
            Instant start = day.atStartOfDay(time.zone()).toInstant();
            Instant end = day.plusDays(1).atStartOfDay(time.zone()).toInstant();
            return availability.closuresOf(room.getId(), start, end).stream()
                .anyMatch(c -> !c.getStartsAt().isAfter(start) && !c.getEndsAt().isBefore(end));
        }
    }
}
