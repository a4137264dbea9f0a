package coop.toitcommun.venue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.RecentValues;
import coop.toitcommun.venue.internal.Availability;
import coop.toitcommun.venue.internal.HeldBooking;
import coop.toitcommun.venue.internal.HeldBookings;
import coop.toitcommun.venue.internal.Closure;
import coop.toitcommun.venue.internal.ClosureRepository;
import coop.toitcommun.venue.internal.OpeningHours;
import coop.toitcommun.venue.internal.OpeningHoursRepository;
import coop.toitcommun.venue.internal.Room;
import coop.toitcommun.venue.internal.RoomRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendars and the free-room search. Each view loads its window with a fixed number of queries (rooms,
 * bookings of the window in the rooms open to booking, closures, opening hours, the viewer's organisations,
 * organisation names) and
 * builds everything else in memory, so the number of SQL statements does not grow with the bookings.
 */
@Service
@Transactional(readOnly = true)
public class Calendars {

    private static final LocalTime DEFAULT_FIRST_HOUR = LocalTime.of(8, 0);
    private static final LocalTime DEFAULT_LAST_HOUR = LocalTime.of(20, 0);

    private final RoomRepository rooms;
    private final HeldBookings heldBookings;
    private final ClosureRepository closures;
    private final OpeningHoursRepository hours;
    private final Organisations organisations;
    private final HouseClock time;
    /** The week calendars computed last: a few weeks as their members see them. */
    private final RecentValues<WeekSources, WeekCalendar> recentWeeks = new RecentValues<>(8);

    Calendars(RoomRepository rooms, HeldBookings heldBookings, ClosureRepository closures, OpeningHoursRepository hours,
              Organisations organisations, HouseClock time) {
        this.rooms = rooms;
        this.heldBookings = heldBookings;
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

    /**
     * Every bookable room over the week starting on {@code monday}: a time line per room and day. Read again with the
     * same result (the same rooms, bookings as this viewer may see them, closures, opening hours and first bookable
     * quarter hour), it is the very calendar computed before, not an equal one built anew (docs/performance.md).
     */
    public WeekCalendar week(Actor viewer, LocalDate monday) {
        Read read = read(viewer, monday, monday.plusDays(7));
        return recentWeeks.get(new WeekSources(monday, time.zone(), viewer.staff(), read),
            () -> week(new Window(read, viewer), monday));
    }

    private WeekCalendar week(Window window, LocalDate monday) {
        List<LocalDate> days = monday.datesUntil(monday.plusDays(7)).toList();
        Hours hours = hoursOf(window, window.rooms);
        List<WeekCalendar.Row> rows = new ArrayList<>();
        for (Room room : window.rooms) {
            rows.add(new WeekCalendar.Row(Rooms.viewOf(room), days.stream().map(day -> line(window, room, day, hours)).toList()));
        }
        return new WeekCalendar(weekOf(monday), weekOf(monday.minusWeeks(1)), weekOf(monday.plusWeeks(1)), days,
            hours.from(), hours.count(), rows);
    }

    /** One room over a week: a time line per day. */
    public Grid roomWeek(Actor viewer, long roomId, LocalDate monday) {
        Window window = window(viewer, monday, monday.plusDays(7));
        Room room = window.rooms.stream().filter(r -> r.getId() == roomId).findFirst()
            .orElseThrow(() -> new VenueNotFoundException("room " + roomId));
        Hours hours = hoursOf(window, List.of(room));
        List<DayLine> lines = monday.datesUntil(monday.plusDays(7)).map(day -> line(window, room, day, hours)).toList();
        return new Grid(weekOf(monday.minusWeeks(1)), weekOf(monday.plusWeeks(1)), hours.from(), hours.count(), lines);
    }

    /** Every bookable room on one day: a time line per room. */
    public Grid day(Actor viewer, LocalDate date) {
        Window window = window(viewer, date, date.plusDays(1));
        Hours hours = hoursOf(window, window.rooms);
        List<DayLine> lines = window.rooms.stream().map(room -> line(window, room, date, hours)).toList();
        return new Grid(date.minusDays(1).toString(), date.plusDays(1).toString(), hours.from(), hours.count(), lines);
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
        Instant from = LocalTimes.instantOf(time, start);
        Availability availability = new Availability(time.zone(),
            heldBookings.inOpenRooms(from.minus(Duration.ofDays(1)), from.plus(Duration.ofMinutes(minutes)).plus(Duration.ofDays(1))),
            closures.overlapping(from.minus(Duration.ofDays(1)), from.plus(Duration.ofDays(2))), hours.allOrdered());
        boolean future = start.isAfter(time.localNow());
        return rooms.findByArchivedFalseOrderByName().stream()
            .filter(r -> future && r.getCapacity() >= capacity && (!stepFreeOnly || r.isStepFree()))
            .filter(r -> minutes >= r.getMinMinutes() && minutes <= r.getMaxMinutes())
            .filter(r -> availability.canTake(r, start, end, null))
            .map(Rooms::viewOf).toList();
    }

    // ---- building blocks

    private Window window(Actor viewer, LocalDate from, LocalDate to) {
        return new Window(read(viewer, from, to), viewer);
    }

    private Read read(Actor viewer, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(time.zone()).toInstant();
        Instant end = to.atStartOfDay(time.zone()).toInstant();
        List<Room> roomList = rooms.findByArchivedFalseOrderByName();
        List<HeldBooking> held = heldBookings.inOpenRooms(start, end);
        List<Closure> closed = closures.overlapping(start, end);
        List<OpeningHours> opening = hours.allOrdered();
        Map<Long, OrganisationRef> names = organisations.findAllAlongWithThoseOf(viewer.personId(),
            held.stream().map(HeldBooking::organisationId).collect(Collectors.toSet()));
        Set<Long> mine = organisations.ofPerson(viewer.personId()).stream().map(OrganisationRef::id).collect(Collectors.toSet());
        return new Read(roomList, held, closed, opening, names, mine, bookableFrom(time.localNow()));
    }

    private List<CalendarEntry> entries(List<HeldBooking> held, Availability availability, Actor viewer, Set<Long> mine,
                                        Map<Long, OrganisationRef> names) {
        List<CalendarEntry> list = new ArrayList<>(held.size());
        for (HeldBooking b : held) {
            boolean own = mine.contains(b.organisationId());
            boolean visible = own || viewer.staff() || b.titlePublic();
            OrganisationRef organisation = names.get(b.organisationId());
            list.add(new CalendarEntry(b.id(), b.roomId(), availability.local(b.startsAt()),
                availability.local(b.endsAt()), visible ? b.title() : null,
                visible && organisation != null ? organisation.name() : null, b.status(), own));
        }
        return list;
    }

    private DayLine line(Window window, Room room, LocalDate day, Hours hours) {
        LocalDateTime from = day.atTime(hours.from());
        LocalDateTime to = from.plusHours(hours.count());
        LocalDateTime bookable = window.bookableFrom;
        List<TimeSpan> free = from.isAfter(bookable.plusDays(room.getMaxDaysAhead())) ? List.of()
            : window.availability.free(room, from, to, bookable);
        // a day the room does not open at all is closed from end to end, as a closure would be
        boolean shut = window.availability.hasHours(room.getId()) && window.availability.periodsOn(room.getId(), day).isEmpty();
        return new DayLine(Rooms.viewOf(room), day, window.entriesOn(room.getId(), day), free,
            shut ? List.of(new TimeSpan(from, to)) : window.availability.closed(room.getId(), from, to));
    }

    /** Now, rounded up to the next quarter of an hour: the earliest start a calendar offers. */
    private static LocalDateTime bookableFrom(LocalDateTime now) {
        LocalDateTime quarter = now.truncatedTo(ChronoUnit.HOURS).plusMinutes(now.getMinute() / 15 * 15L);
        return quarter.isBefore(now) ? quarter.plusMinutes(15) : quarter;
    }

    /** The hours every line of a view shows: the widest opening hours of its rooms, 8:00 to 20:00 without any. */
    private static Hours hoursOf(Window window, List<Room> rooms) {
        List<OpeningHours> periods = new ArrayList<>();
        rooms.forEach(r -> periods.addAll(window.availability.hoursOf(r.getId())));
        LocalTime first = periods.stream().map(OpeningHours::getOpens).min(Comparator.naturalOrder())
            .orElse(DEFAULT_FIRST_HOUR).truncatedTo(ChronoUnit.HOURS);
        LocalTime last = periods.stream().map(OpeningHours::getCloses).max(Comparator.naturalOrder()).orElse(DEFAULT_LAST_HOUR);
        int end = last.getHour() + (last.getMinute() > 0 || last.getSecond() > 0 ? 1 : 0);
        return new Hours(first, Math.max(1, end - first.getHour()));
    }

    private record Hours(LocalTime from, int count) {
    }

    /** What one view read from the database for its window, and the first quarter hour it offers to book. */
    private record Read(List<Room> rooms, List<HeldBooking> held, List<Closure> closures, List<OpeningHours> hours,
                        Map<Long, OrganisationRef> organisations, Set<Long> mine, LocalDateTime bookableFrom) {
    }

    /**
     * Everything a week calendar is computed from, as values (rooms with their version, closures and opening hours
     * copied out of their entities): equal sources make equal calendars.
     */
    private record WeekSources(LocalDate monday, ZoneId zone, boolean staff, List<RoomView> rooms, List<HeldBooking> held,
                               List<ClosedTime> closures, List<OpenTime> hours, Map<Long, OrganisationRef> organisations,
                               Set<Long> mine, LocalDateTime bookableFrom) {

        WeekSources(LocalDate monday, ZoneId zone, boolean staff, Read read) {
            this(monday, zone, staff, read.rooms().stream().map(Rooms::viewOf).toList(), read.held(),
                read.closures().stream().map(c -> new ClosedTime(c.getRoomId(), c.getStartsAt(), c.getEndsAt())).toList(),
                read.hours().stream().map(h -> new OpenTime(h.getRoomId(), h.getDayOfWeek(), h.getOpens(), h.getCloses())).toList(),
                read.organisations(), read.mine(), read.bookableFrom());
        }

        /** Leaves the bookings' content out: hashing them all cost more than comparing them when the week is found. */
        @Override
        public int hashCode() {
            return Objects.hash(monday, staff, mine, bookableFrom, rooms.size(), held.size());
        }
    }

    private record ClosedTime(Long roomId, Instant start, Instant end) {
    }

    private record OpenTime(Long roomId, int dayOfWeek, LocalTime opens, LocalTime closes) {
    }

    /** What one view loaded, ready to answer. */
    private final class Window {
        final List<Room> rooms;
        final Availability availability;
        final Map<Long, Map<LocalDate, List<CalendarEntry>>> byRoomAndDay;
        /** The earliest start the view offers, on the house's clocks, once for the whole view. */
        final LocalDateTime bookableFrom;

        Window(Read read, Actor viewer) {
            this.rooms = read.rooms();
            this.availability = new Availability(time.zone(), read.held(), read.closures(), read.hours());
            this.bookableFrom = read.bookableFrom();
            this.byRoomAndDay = entries(read.held(), availability, viewer, read.mine(), read.organisations()).stream()
                .collect(Collectors.groupingBy(CalendarEntry::roomId, Collectors.groupingBy(e -> e.start().toLocalDate())));
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
