package coop.toitcommun.venue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.HouseOpened;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Monthly quotas of hours per circle and the cancellation deadline, set by employees. */
@Service
@Transactional(readOnly = true)
public class VenueSettings {

    private final JdbcClient jdbc;
    private final HouseClock time;

    VenueSettings(JdbcClient jdbc, HouseClock time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /**
     * A new house starts with the settings the first one started with: quotas by circle, a cancellation deadline of
     * 24 hours, the volunteering thresholds' defaults.
     */
    @EventListener
    @Transactional
    void houseOpened(HouseOpened opened) {
        jdbc.sql("INSERT INTO venue.settings (id, cancellation_deadline_hours) VALUES (1, 24)").update();
        jdbc.sql("""
                INSERT INTO venue.circle_quota (circle, hours_per_month)
                VALUES ('FOUNDING', 60), ('SECOND', 40), ('HOSTED', 30), ('PARTNER_PLACE', 20)""").update();
        jdbc.sql("INSERT INTO venue.volunteering_settings (id) VALUES (1)").update();
    }

    /** Hours per month by circle; a circle without a row has no limit. */
    public Map<Circle, Integer> quotas() {
        Map<Circle, Integer> quotas = new EnumMap<>(Circle.class);
        jdbc.sql("SELECT circle, hours_per_month FROM venue.circle_quota").query((rs, n) -> {
            quotas.put(Circle.valueOf(rs.getString(1)), rs.getInt(2));
            return null;
        }).list();
        return quotas;
    }

    public int cancellationDeadlineHours() {
        return jdbc.sql("SELECT cancellation_deadline_hours FROM venue.settings WHERE id = 1").query(Integer.class).single();
    }

    @Transactional
    public void update(Actor actor, Map<Circle, Integer> quotas, int deadlineHours) {
        Rooms.requireStaff(actor);
        if (quotas.values().stream().anyMatch(hours -> hours == null || hours < 0)) {
            throw new BookingRefusedException("venue.settings.quotaError");
        }
        if (deadlineHours < 0) {
            throw new BookingRefusedException("venue.settings.deadlineError");
        }
        quotas.forEach((circle, hours) -> jdbc.sql("""
                INSERT INTO venue.circle_quota (circle, hours_per_month) VALUES (:circle, :hours)
                ON CONFLICT (house_id, circle) DO UPDATE SET hours_per_month = excluded.hours_per_month""")
            .param("circle", circle.name()).param("hours", hours).update());
        jdbc.sql("UPDATE venue.settings SET cancellation_deadline_hours = :h WHERE id = 1").param("h", deadlineHours).update();
    }

    /** Hours used / allowed this month, for an organisation of a circle; allowed null means no limit. */
    public record Quota(BigDecimal usedHours, Integer allowedHours) {
        public boolean exceededBy(long extraMinutes) {
            return allowedHours != null
                && usedHours.multiply(BigDecimal.valueOf(60)).longValue() + extraMinutes > allowedHours * 60L;
        }
    }

    public Quota quotaOf(long organisationId, Circle circle, YearMonth month) {
        return limitsOf(organisationId, circle, month).quota();
    }

    /** The month's quota and the cancellation deadline that apply to a booking, read in one statement. */
    record Limits(Quota quota, int cancellationDeadlineHours) {
    }

    Limits limitsOf(long organisationId, Circle circle, YearMonth month) {
        return jdbc.sql("""
                SELECT (SELECT hours_per_month FROM venue.circle_quota WHERE circle = :circle),
                       (SELECT cancellation_deadline_hours FROM venue.settings WHERE id = 1),
                       (""" + USED_MINUTES + ")")
            .param("circle", circle.name()).param("organisation", organisationId)
            .param("from", Timestamp.from(monthStart(month))).param("to", Timestamp.from(monthStart(month.plusMonths(1))))
            .query((rs, n) -> new Limits(new Quota(hours(rs.getLong(3)), (Integer) rs.getObject(1)), rs.getInt(2)))
            .single();
    }

    long usedMinutes(long organisationId, YearMonth month) {
        return jdbc.sql(USED_MINUTES)
            .param("organisation", organisationId).param("from", Timestamp.from(monthStart(month)))
            .param("to", Timestamp.from(monthStart(month.plusMonths(1)))).query(Long.class).single();
    }

    private static final String USED_MINUTES = """
        SELECT coalesce(sum(extract(epoch FROM ends_at - starts_at)), 0)::bigint / 60 FROM venue.booking
         WHERE organisation_id = :organisation AND status IN ('PENDING', 'CONFIRMED')
           AND starts_at >= :from AND starts_at < :to""";

    private Instant monthStart(YearMonth month) {
        return month.atDay(1).atStartOfDay(time.zone()).toInstant();
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
