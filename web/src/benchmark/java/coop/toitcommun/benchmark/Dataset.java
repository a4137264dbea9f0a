package coop.toitcommun.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's data, written straight into the application's database on top of the demo data: 50 rooms (30 of
 * them archived until the 50-room week is measured), the measured week with 421 bookings in the 20 open rooms and
 * 900 in all 50, 1,000 then 5,000 member organisations with a contact each, and 250,000 bookings of history over
 * the five years before the week. Every booking respects the exclusion constraint; quotas are lifted so that the
 * member can book as often as the load asks.
 */
final class Dataset {

    static final int OPEN_ROOMS = 20;
    static final int ALL_ROOMS = 50;
    static final int WEEK_BOOKINGS_OPEN = 421;
    static final int WEEK_BOOKINGS_ALL = 900;
    static final int HISTORY = 250_000;

    /** The measured week: a whole week ahead, so that its free times are links. */
    final LocalDate monday = LocalDate.now().plusWeeks(3).with(DayOfWeek.MONDAY);
    long member;
    long memberOrganisation;
    long meeting;
    final List<Long> bookableRooms = new ArrayList<>();

    void prepare(Connection db) throws SQLException {
        keepOnlyTheFirstHouse(db);
        member = single(db, "SELECT id FROM membership.person WHERE email = '" + Bench.MEMBER + "'");
        memberOrganisation = single(db, """
            SELECT o.id FROM membership.organisation o JOIN membership.organisation_person op ON op.organisation_id = o.id
             WHERE op.person_id = %d ORDER BY o.id LIMIT 1""".formatted(member));
        meeting = single(db, """
            SELECT m.id FROM governance.meeting m WHERE m.starts_at > now()
               AND EXISTS (SELECT 1 FROM governance.mandate d WHERE d.body_id = m.body_id AND d.person_id = %d)
             ORDER BY m.starts_at LIMIT 1""".formatted(member));
        update(db, "UPDATE venue.circle_quota SET hours_per_month = 1000000");
        long demoRooms = single(db, "SELECT count(*) FROM venue.room WHERE NOT archived");
        update(db, """
            INSERT INTO venue.room (name, description, capacity, floor, min_minutes, max_minutes, max_days_ahead, archived)
            SELECT 'Salle ' || lpad(n::text, 2, '0'), 'Salle du banc d''essai', 6 + n %% 30, 'Étage ' || (n %% 3), 30, 600, 365,
                   n > %d
              FROM generate_series(1, %d) AS n""".formatted(OPEN_ROOMS - demoRooms, ALL_ROOMS - demoRooms));
        try (Statement statement = db.createStatement();
             ResultSet rooms = statement.executeQuery("SELECT id FROM venue.room WHERE name LIKE 'Salle __' AND NOT archived ORDER BY id")) {
            while (rooms.next()) {
                bookableRooms.add(rooms.getLong(1));
            }
        }
        organisations(db, 1_000);
        fillWeek(db, false, WEEK_BOOKINGS_OPEN);
        fillWeek(db, true, WEEK_BOOKINGS_ALL - WEEK_BOOKINGS_OPEN);
        update(db, "ANALYZE");
    }

    /**
     * The demo's second house (Porte Mine) leaves, with its rows and the first house's agreement with it: the benchmark
     * measures one house, and with row-level security lifted ({@link BenchmarkRun#rowLevelSecurity}) its pages would
     * show the other house's rows too. Foreign keys are not checked while the rows go (the server's superuser only), so
     * that they may go in any order.
     */
    void keepOnlyTheFirstHouse(Connection db) throws SQLException {
        update(db, "SET session_replication_role = replica");
        for (String column : List.of("house_id", "partner_house_id")) {
            for (String table : tablesWith(db, column)) {
                update(db, "DELETE FROM " + table + " WHERE " + column + " <> 1");
            }
        }
        update(db, "DELETE FROM membership.house WHERE id <> 1");
        update(db, "SET session_replication_role = DEFAULT");
    }

    private static List<String> tablesWith(Connection db, String column) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("""
                SELECT c.oid::regclass::text FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
                 WHERE c.relkind IN ('r', 'p') AND a.attname = '%s' AND NOT a.attisdropped ORDER BY 1""".formatted(column))) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** 250,000 one-and-a-half-hour bookings in the 50 rooms, three a day, over the five years before the week. */
    void addHistory(Connection db) throws SQLException {
        update(db, """
            WITH organisations AS (SELECT array_agg(id) AS ids FROM membership.organisation WHERE status = 'MEMBER'),
                 rooms AS (SELECT id, row_number() OVER (ORDER BY id) AS rank FROM venue.room)
            INSERT INTO venue.booking (room_id, organisation_id, booked_by, title, title_public, attendees, starts_at, ends_at,
                                       blocked_until, status, created_at, updated_at)
            SELECT rooms.id, ids[1 + (n + rank) %% cardinality(ids)], %d, 'Réunion ' || n, n %% 4 <> 0, 5,
                   slot.starts, slot.starts + interval '90 minutes', slot.starts + interval '90 minutes',
                   CASE WHEN n %% 10 = 0 THEN 'CANCELLED' ELSE 'CONFIRMED' END, slot.starts, slot.starts
              FROM organisations, rooms, generate_series(0, %d) AS n,
                   LATERAL (SELECT ((DATE '%s' - 1826 + n * 1826 / %d) + make_interval(hours => 8 + (n %% 3) * 4))
                                   AT TIME ZONE 'Europe/Paris' AS starts) AS slot
            ON CONFLICT DO NOTHING""".formatted(member, HISTORY / ALL_ROOMS - 1, monday, HISTORY / ALL_ROOMS));
        update(db, "ANALYZE venue.booking");
    }

    void openAllRooms(Connection db) throws SQLException {
        update(db, "UPDATE venue.room SET archived = false WHERE name LIKE 'Salle __'");
    }

    /** Listed member organisations up to {@code total}, each with a contact person; every third shares it. */
    void organisations(Connection db, int total) throws SQLException {
        long listed = single(db, "SELECT count(*) FROM membership.organisation WHERE in_directory AND status = 'MEMBER'");
        long start = single(db, "SELECT count(*) FROM membership.organisation");
        update(db, """
            INSERT INTO membership.organisation (name, status, circle, legal_form, ess_status, esus_approved_on, commune,
                                                 description, website, in_directory)
            SELECT (ARRAY['Association', 'Coopérative', 'Atelier', 'Collectif', 'Réseau', 'Épicerie', 'Amicale', 'Fédération'])[1 + n %% 8]
                   || ' ' || (ARRAY['des Œuvres', 'Éco-logique', 'du Bassin', 'des Crassiers', 'Solidaire', 'des Mineurs',
                                    'du Terril', 'À Vélo', 'des Corons'])[1 + n %% 9] || ' ' || n,
                   'MEMBER', (ARRAY['FOUNDING', 'SECOND', 'HOSTED', 'PARTNER_PLACE'])[1 + n %% 4], 'ASSOCIATION',
                   (ARRAY['ESS_BY_LEGAL_FORM', 'ESUS_APPROVED', 'COMMERCIAL_WITHOUT_ESS'])[1 + n %% 3],
                   CASE WHEN n %% 3 = 1 THEN DATE '2024-01-15' END,
                   (ARRAY['Liévin', 'Lens', 'Hénin-Beaumont', 'Béthune', 'Avion', 'Méricourt', 'Loos-en-Gohelle',
                          'Grenay', 'Éleu-dit-Leauwette', 'Sallaumines', 'Noyelles-sous-Lens', 'Bully-les-Mines'])[1 + n %% 12],
                   'Une structure du bassin minier qui fait vivre l’économie sociale et solidaire au quotidien.',
                   'https://structure-' || n || '.example.org', true
              FROM generate_series(%d, %d) AS n""".formatted(start + 1, start + total - listed));
        update(db, """
            INSERT INTO membership.person (display_name, email)
            SELECT 'Contact ' || o.id, 'contact-' || o.id || '@benchmark.example.org'
              FROM membership.organisation o WHERE o.id > %d""".formatted(maxIdBefore(db, start)));
        update(db, """
            INSERT INTO membership.organisation_person (organisation_id, person_id, role, shared_with_members)
            SELECT o.id, p.id, 'CONTACT', o.id % 3 = 0
              FROM membership.organisation o JOIN membership.person p ON p.email = 'contact-' || o.id || '@benchmark.example.org'
             WHERE NOT EXISTS (SELECT 1 FROM membership.organisation_person x WHERE x.organisation_id = o.id)""");
        update(db, "ANALYZE membership.organisation, membership.directory_listing");
    }

    long count(Connection db, String sql) throws SQLException {
        return single(db, sql);
    }

    /** Bookings of the week in open (or, with {@code archived}, in archived) rooms, up to {@code wanted} more. */
    private void fillWeek(Connection db, boolean archived, int wanted) throws SQLException {
        List<Long> rooms = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id FROM venue.room WHERE archived = " + archived + " ORDER BY id")) {
            while (rs.next()) {
                rooms.add(rs.getLong(1));
            }
        }
        long already = archived ? 0 : single(db, """
            SELECT count(*) FROM venue.booking b JOIN venue.room r ON r.id = b.room_id
             WHERE NOT r.archived AND b.status IN ('PENDING', 'CONFIRMED')
               AND b.starts_at >= (DATE '%s')::timestamp AT TIME ZONE 'Europe/Paris'
               AND b.starts_at < (DATE '%s')::timestamp AT TIME ZONE 'Europe/Paris'""".formatted(monday, monday.plusDays(7)));
        List<Long> organisations = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id FROM membership.organisation WHERE status = 'MEMBER' ORDER BY id LIMIT 1000")) {
            while (rs.next()) {
                organisations.add(rs.getLong(1));
            }
        }
        LocalTime[][] weekday = {{t(9, 0), t(10, 30)}, {t(11, 0), t(12, 0)}, {t(14, 0), t(16, 0)}, {t(16, 30), t(18, 0)}, {t(18, 30), t(21, 0)}};
        LocalTime[][] saturday = {{t(9, 0), t(10, 30)}, {t(11, 0), t(12, 0)}, {t(14, 0), t(16, 0)}, {t(16, 30), t(17, 30)}};
        int inserted = 0;
        int n = 0;
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO venue.booking (room_id, organisation_id, booked_by, title, title_public, attendees, starts_at, ends_at,
                                           blocked_until, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 4, (?::date + ?::time) AT TIME ZONE 'Europe/Paris', (?::date + ?::time) AT TIME ZONE 'Europe/Paris',
                        (?::date + ?::time) AT TIME ZONE 'Europe/Paris', ?, now(), now())
                ON CONFLICT DO NOTHING""")) {
            for (int slot = 0; slot < weekday.length && already + inserted < wanted; slot++) {
                for (int day = 0; day < 6 && already + inserted < wanted; day++) {
                    LocalTime[][] slots = day == 5 ? saturday : weekday;
                    for (int r = 0; r < rooms.size() && slot < slots.length && already + inserted < wanted; r++) {
                        n++;
                        Date date = Date.valueOf(monday.plusDays(day));
                        long organisation = n % 7 == 0 ? memberOrganisation : organisations.get(n % organisations.size());
                        insert.setLong(1, rooms.get(r));
                        insert.setLong(2, organisation);
                        insert.setLong(3, member);
                        insert.setString(4, "Atelier " + n);
                        insert.setBoolean(5, n % 4 != 0);
                        insert.setDate(6, date);
                        insert.setString(7, slots[slot][0].toString());
                        insert.setDate(8, date);
                        insert.setString(9, slots[slot][1].toString());
                        insert.setDate(10, date);
                        insert.setString(11, slots[slot][1].toString());
                        insert.setString(12, n % 10 == 0 ? "PENDING" : "CONFIRMED");
                        inserted += insert.executeUpdate();
                    }
                }
            }
        }
        if (already + inserted != wanted) {
            throw new IllegalStateException("the week holds " + (already + inserted) + " bookings instead of " + wanted);
        }
    }

    private static long maxIdBefore(Connection db, long organisationsBefore) throws SQLException {
        return single(db, "SELECT coalesce(max(id), 0) FROM (SELECT id FROM membership.organisation ORDER BY id LIMIT "
            + organisationsBefore + ") AS before");
    }

    private static LocalTime t(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("nothing found by " + sql);
            }
            return rs.getLong(1);
        }
    }

    private static void update(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
