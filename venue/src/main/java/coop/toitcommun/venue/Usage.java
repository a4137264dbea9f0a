package coop.toitcommun.venue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.venue.internal.Availability;
import coop.toitcommun.venue.internal.ClosureRepository;
import coop.toitcommun.venue.internal.OpeningHours;
import coop.toitcommun.venue.internal.OpeningHoursRepository;
import coop.toitcommun.venue.internal.Room;
import coop.toitcommun.venue.internal.RoomRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much rooms are used, for employees: per room and month, confirmed booked hours over open hours (weekly
 * hours of the month, less closures); hours per organisation. Exported as CSV.
 */
@Service
@Transactional(readOnly = true)
public class Usage {

    public record RoomUsage(RoomView room, BigDecimal bookedHours, BigDecimal openHours, int percent) {
    }

    public record OrganisationUsage(String organisationName, BigDecimal hours, int bookings) {
    }

    private final JdbcClient jdbc;
    private final RoomRepository rooms;
    private final OpeningHoursRepository hours;
    private final ClosureRepository closures;
    private final Organisations organisations;
    private final HouseClock time;

    Usage(JdbcClient jdbc, RoomRepository rooms, OpeningHoursRepository hours, ClosureRepository closures,
          Organisations organisations, HouseClock time) {
        this.jdbc = jdbc;
        this.rooms = rooms;
        this.hours = hours;
        this.closures = closures;
        this.organisations = organisations;
        this.time = time;
    }

    public List<RoomUsage> occupancy(Actor actor, YearMonth month) {
        Rooms.requireStaff(actor);
        Instant from = start(month);
        Instant to = start(month.plusMonths(1));
        Map<Long, Long> booked = new HashMap<>();
        jdbc.sql("""
                SELECT room_id, sum(extract(epoch FROM ends_at - starts_at))::bigint / 60 FROM venue.booking
                WHERE status = 'CONFIRMED' AND starts_at >= :from AND starts_at < :to GROUP BY room_id""")
            .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
            .query((rs, n) -> booked.put(rs.getLong(1), rs.getLong(2))).list();
        Availability availability = new Availability(time.zone(), List.of(), closures.overlapping(from, to), hours.allOrdered());
        List<RoomUsage> usage = new ArrayList<>();
        for (Room room : rooms.findAllByOrderByArchivedAscNameAsc()) {
            long open = openMinutes(availability, room.getId(), month);
            long used = booked.getOrDefault(room.getId(), 0L);
            usage.add(new RoomUsage(Rooms.viewOf(room), VenueSettings.hours(used), VenueSettings.hours(open),
                open == 0 ? 0 : (int) Math.round(100.0 * used / open)));
        }
        return usage;
    }

    public List<OrganisationUsage> byOrganisation(Actor actor, YearMonth month) {
        Rooms.requireStaff(actor);
        List<long[]> rows = jdbc.sql("""
                SELECT organisation_id, sum(extract(epoch FROM ends_at - starts_at))::bigint / 60, count(*) FROM venue.booking
                WHERE status = 'CONFIRMED' AND starts_at >= :from AND starts_at < :to GROUP BY organisation_id""")
            .param("from", Timestamp.from(start(month))).param("to", Timestamp.from(start(month.plusMonths(1))))
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        Map<Long, OrganisationRef> names = rows.isEmpty() ? Map.of()
            : organisations.findAll(rows.stream().map(r -> r[0]).toList());
        return rows.stream()
            .map(r -> new OrganisationUsage(names.containsKey(r[0]) ? names.get(r[0]).name() : "#" + r[0],
                VenueSettings.hours(r[1]), (int) r[2]))
            .sorted(Comparator.comparing(OrganisationUsage::hours).reversed().thenComparing(OrganisationUsage::organisationName))
            .toList();
    }

    /** Both tables of the month as one CSV (headers given by the caller, in the reader's language). */
    public String csv(Actor actor, YearMonth month, List<String> roomHeaders, List<String> organisationHeaders) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(roomHeaders);
            for (RoomUsage u : occupancy(actor, month)) {
                csv.printRecord(month, u.room().name(), u.bookedHours(), u.openHours(), u.percent());
            }
            csv.println();
            csv.printRecord(organisationHeaders);
            for (OrganisationUsage u : byOrganisation(actor, month)) {
                csv.printRecord(month, u.organisationName(), u.hours(), u.bookings());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private long openMinutes(Availability availability, long roomId, YearMonth month) {
        long minutes = 0;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            List<OpeningHours> periods = availability.hasHours(roomId) ? availability.periodsOn(roomId, day) : List.of();
            if (!availability.hasHours(roomId)) {
                minutes += 24 * 60;
            }
            for (OpeningHours period : periods) {
                Instant opens = day.atTime(period.getOpens()).atZone(time.zone()).toInstant();
                Instant closes = day.atTime(period.getCloses()).atZone(time.zone()).toInstant();
                long closed = availability.closuresOf(roomId, opens, closes).stream()
                    .mapToLong(c -> Duration.between(max(c.getStartsAt(), opens), min(c.getEndsAt(), closes)).toMinutes()).sum();
                minutes += Math.max(0, Duration.between(opens, closes).toMinutes() - closed);
            }
        }
        return minutes;
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(time.zone()).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

}
