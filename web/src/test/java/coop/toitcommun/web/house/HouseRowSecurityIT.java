package coop.toitcommun.web.house;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.TestDatabase;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * PostgreSQL keeps each house's rows apart, whatever the application asks: every table of every module carries its
 * house and forces row-level security on everyone, the owner included, and a connection of the application's role
 * sees no row at all until it names its house. Only the deployment's list of houses and the references to French law
 * are shared, every house reads (but only its own house writes) the copies that houses publish to the network, and
 * the partner house of a reciprocity agreement reads (but only the granting house writes) its grant and the bookings
 * of its members there.
 * Tables are read from the database's catalogue, so a table added later without isolation fails here.
 */
@WebIntegrationTest
class HouseRowSecurityIT {

    private static final List<String> SHARED = List.of("governance.legal_reference", "membership.house");

    /** What a house publishes to the network: every house reads these copies. */
    private static final List<String> PUBLISHED = List.of("membership.network_member", "membership.network_publication",
        "venue.network_event");

    /** What two houses share under a reciprocity agreement: the partner house reads the rows naming it. */
    private static final List<String> SHARED_WITH_PARTNER = List.of("venue.partner_booking", "venue.partnership");

    private final TestDatabase.Connection database = TestDatabase.get();

    @Test
    void everyTableOfTheApplicationsSchemasButTheSharedListsKeepsItsRowsInTheirHouseForEveryone() throws SQLException {
        try (Connection owner = owner()) {
            JdbcClient catalogue = JdbcClient.create(new SingleConnectionDataSource(owner, true));
            List<String> tables = applicationTables(catalogue);
            assertThat(tables).hasSizeGreaterThan(60).containsAll(SHARED);
            List<String> isolated = catalogue.sql("""
                    SELECT c.oid::regclass::text FROM pg_class c
                     WHERE c.relrowsecurity AND c.relforcerowsecurity
                       AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'house_id'
                                      AND a.attnotnull AND NOT a.attisdropped)
                       AND EXISTS (SELECT FROM pg_policy p WHERE p.polrelid = c.oid AND p.polpermissive
                                      AND pg_get_expr(p.polqual, p.polrelid) = '(house_id = membership.current_house())'
                                      AND p.polwithcheck IS NULL AND p.polcmd = '*')""")
                .query(String.class).list();
            List<String> notIsolated = new ArrayList<>(tables);
            notIsolated.removeAll(isolated);
            assertThat(notIsolated).containsExactlyInAnyOrderElementsOf(SHARED);

            List<String> readByEveryHouse = catalogue.sql("""
                    SELECT c.oid::regclass::text FROM pg_class c
                     WHERE EXISTS (SELECT FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname <> 'house')""")
                .query(String.class).list();
            List<String> readByOtherHouses = new ArrayList<>(PUBLISHED);
            readByOtherHouses.addAll(SHARED_WITH_PARTNER);
            assertThat(readByEveryHouse).containsExactlyInAnyOrderElementsOf(readByOtherHouses);
            List<String> readOnly = catalogue.sql("""
                    SELECT p.polrelid::regclass::text FROM pg_policy p
                     WHERE p.polname = 'network' AND p.polcmd = 'r' AND p.polpermissive
                       AND pg_get_expr(p.polqual, p.polrelid) = 'true' AND p.polwithcheck IS NULL""")
                .query(String.class).list();
            assertThat(readOnly).as("the network's policy lets every house read, never write")
                .containsExactlyInAnyOrderElementsOf(PUBLISHED);
            List<String> readByPartner = catalogue.sql("""
                    SELECT p.polrelid::regclass::text FROM pg_policy p
                     WHERE p.polname = 'partner' AND p.polcmd = 'r' AND p.polpermissive
                       AND pg_get_expr(p.polqual, p.polrelid) = '(partner_house_id = membership.current_house())'
                       AND p.polwithcheck IS NULL""")
                .query(String.class).list();
            assertThat(readByPartner).as("the partner's policy lets the partner house read, never write")
                .containsExactlyInAnyOrderElementsOf(SHARED_WITH_PARTNER);
        }
    }

    @Test
    void withoutItsHouseTheApplicationsRoleSeesNoRowOfAnyTableThatHasRowsButWhatHousesPublish() throws SQLException {
        List<String> tables;
        try (Connection owner = owner()) {
            tables = applicationTables(JdbcClient.create(new SingleConnectionDataSource(owner, true)));
        }
        tables.removeAll(SHARED);
        tables.removeAll(PUBLISHED);
        List<String> withRows = new ArrayList<>();
        try (Connection application = application()) {
            JdbcClient sql = JdbcClient.create(new SingleConnectionDataSource(application, true));
            for (String table : tables) {
                if (count(sql, table, String.valueOf(FirstHouse.ID)) > 0) {
                    withRows.add(table);
                    assertThat(count(sql, table, "")).as("%s without a house", table).isZero();
                    assertThat(count(sql, table, "999999")).as("%s for a house that has no rows", table).isZero();
                }
            }
        }
        // the demo's accounts, organisations, meetings, rooms and bookings fill most tables
        assertThat(withRows).hasSizeGreaterThan(30)
            .contains("membership.person", "membership.organisation", "governance.meeting", "venue.booking", "membership.charter_signature");
    }

    @Test
    void noConnectionWritesARowIntoAnotherHouse() throws SQLException {
        try (Connection application = application()) {
            application.setAutoCommit(false);
            JdbcClient sql = JdbcClient.create(new SingleConnectionDataSource(application, true));
            sql.sql(FirstHouse.IN_TRANSACTION).query(String.class).single();
            long other = anotherHouse(sql);
            assertThatThrownBy(() -> sql.sql("UPDATE membership.organisation SET house_id = :other").param("other", other).update())
                .rootCause().hasMessageContaining("new row violates row-level security policy");
            application.rollback();
            sql.sql(FirstHouse.IN_TRANSACTION).query(String.class).single();
            long inserted = anotherHouse(sql);
            assertThatThrownBy(() -> sql.sql("INSERT INTO venue.settings (id, cancellation_deadline_hours, house_id) VALUES (1, 1, :other)")
                    .param("other", inserted).update())
                .rootCause().hasMessageContaining("new row violates row-level security policy");
            application.rollback();
            sql.sql(FirstHouse.IN_TRANSACTION).query(String.class).single();
            long publishing = anotherHouse(sql);
            assertThatThrownBy(() -> sql.sql("""
                    INSERT INTO membership.network_publication (house_id, directory, programme, changed_at)
                    VALUES (:other, true, true, now())""").param("other", publishing).update())
                .rootCause().hasMessageContaining("new row violates row-level security policy");
            application.rollback();
            // the partner house reads what a house grants it (the demo's Porte Mine grants Le Toit Commun 20 hours), and
            // cannot change it
            sql.sql(FirstHouse.IN_TRANSACTION).query(String.class).single();
            long porteMine = sql.sql("SELECT id FROM membership.house WHERE host = '127.0.0.1'").query(Long.class).single();
            assertThat(sql.sql("SELECT hours_per_month FROM venue.partnership WHERE house_id = :granting")
                .param("granting", porteMine).query(Integer.class).single()).isEqualTo(20);
            assertThat(sql.sql("UPDATE venue.partnership SET hours_per_month = 744 WHERE house_id = :granting")
                .param("granting", porteMine).update()).isZero();
            application.rollback();
        }
    }

    private static long anotherHouse(JdbcClient sql) {
        return sql.sql("INSERT INTO membership.house (name, host) VALUES ('Essai', 'essai.example.org') RETURNING id")
            .query(Long.class).single();
    }

    /** The tables of the schemas the owner owns (Flyway's history is in public). */
    private static List<String> applicationTables(JdbcClient asOwner) {
        return new ArrayList<>(asOwner.sql("""
                SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind IN ('r', 'p') AND n.nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                   AND n.nspname NOT IN ('public', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
                 ORDER BY 1""").query(String.class).list());
    }

    private static long count(JdbcClient sql, String table, String house) {
        sql.sql("SELECT set_config('toitcommun.house', :house, false)").param("house", house).query(String.class).single();
        return sql.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private Connection owner() throws SQLException {
        return DriverManager.getConnection(database.url(), database.ownerUsername(), database.ownerPassword());
    }

    private Connection application() throws SQLException {
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }
}
