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
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.venue.internal.Availability;
import coop.toitcommun.venue.internal.HeldBooking;
import coop.toitcommun.venue.internal.HeldBookings;
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
    private final HeldBookings heldBookings;
    private final ClosureRepository closures;
    private final OpeningHoursRepository hours;
    private final Organisations organisations;
    private final HouseClock time;

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

    /** Every bookable room over the week starting on {@code monday}: a time line per room and day. */
    public WeekCalendar week(Actor viewer, LocalDate monday) {
        Window window = window(viewer, monday, monday.plusDays(7));
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
            heldBookings.between(from.minus(Duration.ofDays(1)), from.plus(Duration.ofMinutes(minutes)).plus(Duration.ofDays(1))),
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
        Instant start = from.atStartOfDay(time.zone()).toInstant();
        Instant end = to.atStartOfDay(time.zone()).toInstant();
        List<Room> roomList = rooms.findByArchivedFalseOrderByName();
        List<HeldBooking> held = heldBookings.between(start, end);
        Availability availability = new Availability(time.zone(), held, closures.overlapping(start, end), hours.allOrdered());
        Map<Long, OrganisationRef> names = organisations.findAllAlongWithThoseOf(viewer.personId(),
            held.stream().map(HeldBooking::organisationId).collect(Collectors.toSet()));
        Set<Long> mine = organisations.ofPerson(viewer.personId()).stream().map(OrganisationRef::id).collect(Collectors.toSet());
        return new Window(roomList, availability, entries(held, availability, viewer, mine, names), time.localNow());
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
        LocalDateTime now = window.now;
        List<TimeSpan> free = from.isAfter(now.plusDays(room.getMaxDaysAhead())) ? List.of()
            : window.availability.free(room, from, to, bookableFrom(now));
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

    /** What one view loaded. */
    private final class Window {
        final List<Room> rooms;
        final Availability availability;
        final Map<Long, Map<LocalDate, List<CalendarEntry>>> byRoomAndDay;
        /** Now on the house's clocks, once for the whole view. */
        final LocalDateTime now;

        Window(List<Room> rooms, Availability availability, List<CalendarEntry> entries, LocalDateTime now) {
            this.rooms = rooms;
            this.availability = availability;
            this.now = now;
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
