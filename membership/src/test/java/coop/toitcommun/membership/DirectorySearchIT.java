package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.PostgresTest;
import coop.toitcommun.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory with 5,000 listed organisations: pages of 50 in a stable name order that together list every one
 * once, a search that ignores case and accents in names and communes, filters, and a search answered through the
 * trigram indexes of the stored search texts rather than by reading every organisation.
 */
@SpringBootTest
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectorySearchIT {

    @Autowired Directory directory;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private String tag;

    @BeforeAll
    void fiveThousandOrganisations() {
        tag = "t" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("""
                INSERT INTO membership.organisation (name, status, circle, ess_status, esus_approved_on, commune, in_directory)
                SELECT (ARRAY['Œuvres', 'Épicerie', 'Atelier', 'Collectif'])[1 + n % 4] || ' ' || :tag || ' ' || n, 'MEMBER',
                       (ARRAY['FOUNDING', 'SECOND', 'HOSTED', 'PARTNER_PLACE'])[1 + n % 4],
                       (ARRAY['ESS_BY_LEGAL_FORM', 'ESUS_APPROVED', 'COMMERCIAL_WITHOUT_ESS'])[1 + n % 3],
                       CASE WHEN n % 3 = 1 THEN DATE '2024-01-15' END,
                       (ARRAY['Liévin', 'Lens', 'Hénin-Beaumont', 'Béthune', 'Éleu-dit-Leauwette'])[1 + n % 5], n <= 5000
                  FROM generate_series(1, 5100) AS n""")
            .param("tag", tag).update();
        // the application's role may not ANALYZE (PostgreSQL skips it with a warning): the owner does
        TestDatabase.asOwner("ANALYZE membership.organisation, membership.directory_listing");
    }

    @Test
    void pagesOfFiftyListEveryMatchOnceInNameOrder() {
        DirectoryResults first = directory.search(new DirectorySearch(tag, null, null, null, 1));
        assertThat(first.total()).isEqualTo(5000);
        assertThat(first.pages()).isEqualTo(100);
        assertThat(first.entries()).hasSize(DirectorySearch.PAGE_SIZE);

        List<DirectoryEntry> every = everyPage(new DirectorySearch(tag, null, null, null, 1));
        assertThat(every).extracting(DirectoryEntry::id).hasSize(5000).doesNotHaveDuplicates();
        assertThat(every).extracting(e -> e.name().toLowerCase()).isSorted();
        assertThat(directory.search(new DirectorySearch(tag, null, null, null, 101)).entries()).isEmpty();
    }

    /**
     * The contacts members see on a page: those its organisations share with members, in name order; not those kept
     * private, nor erased people, nor those of organisations that were not asked for.
     */
    @Test
    void sharedContactsAreThoseTheOrganisationsShareWithMembersInNameOrder() {
        long atelier = organisation("Atelier " + tag + " 2");
        long collectif = organisation("Collectif " + tag + " 3");
        long bruno = contact(atelier, "Bruno", true, null);
        long alice = contact(atelier, "Alice", true, null);
        contact(atelier, "Claire", false, null);
        contact(atelier, "Denis", true, "2026-11-30");
        long elise = contact(collectif, "Élise", true, null);

        Map<Long, List<Contact>> contacts = directory.sharedContacts(List.of(atelier, collectif));

        assertThat(contacts.get(atelier)).extracting(Contact::personId).containsExactly(alice, bruno);
        assertThat(contacts.get(atelier).get(0)).isEqualTo(new Contact(alice, "Alice " + tag, "alice-" + tag + "@example.org",
            "06 00 00 00 00", OrganisationRole.CONTACT, Set.of(PersonKind.VOLUNTEER), true));
        assertThat(contacts.get(collectif)).extracting(Contact::personId).containsExactly(elise);
        assertThat(directory.sharedContacts(List.of(atelier))).containsOnlyKeys(atelier);
    }

    private long organisation(String name) {
        return jdbc.sql("SELECT id FROM membership.organisation WHERE name = :name").param("name", name)
            .query(Long.class).single();
    }

    private long contact(long organisation, String firstName, boolean shared, String erasedOn) {
        long person = jdbc.sql("""
                INSERT INTO membership.person (display_name, email, phone, kinds, erased_at)
                VALUES (:name, :email, '06 00 00 00 00', 'VOLUNTEER', CAST(:erased AS date)) RETURNING id""")
            .param("name", firstName + " " + tag).param("email", firstName.toLowerCase() + "-" + tag + "@example.org")
            .param("erased", erasedOn).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO membership.organisation_person (organisation_id, person_id, role, shared_with_members)
                VALUES (:organisation, :person, 'CONTACT', :shared)""")
            .param("organisation", organisation).param("person", person).param("shared", shared).update();
        return person;
    }

    /** A text of one or two letters has no trigram: its page is read in name order, and lists every match once too. */
    @Test
    void aSearchOfOneOrTwoLettersListsEveryMatchOnceInNameOrder() {
        int inBethune = directory.search(new DirectorySearch(null, null, null, "Béthune", 1)).total();
        DirectoryResults first = directory.search(new DirectorySearch("É", null, null, "Béthune", 1));
        assertThat(first.total()).isEqualTo(inBethune).isGreaterThanOrEqualTo(1000);

        List<DirectoryEntry> every = everyPage(new DirectorySearch("É", null, null, "Béthune", 1));
        assertThat(every).extracting(DirectoryEntry::commune).containsOnly("Béthune");
        assertThat(every).extracting(DirectoryEntry::id).hasSize(inBethune).doesNotHaveDuplicates();
        assertThat(every).extracting(e -> e.name().toLowerCase()).isSorted();
    }

    @Test
    void theSearchIgnoresCaseAndAccentsInNamesAndCommunes() {
        assertThat(directory.search(new DirectorySearch("OEUVRES " + tag, null, null, null, 1)).total()).isEqualTo(1250);
        assertThat(directory.search(new DirectorySearch("epicerie " + tag, null, null, null, 1)).entries())
            .allSatisfy(e -> assertThat(e.name()).startsWith("Épicerie"));
        DirectoryResults lievin = directory.search(new DirectorySearch("lievin", null, null, null, 1));
        assertThat(lievin.total()).isGreaterThanOrEqualTo(1000);
        assertThat(lievin.entries()).allSatisfy(e -> assertThat(e.commune()).isEqualTo("Liévin"));
        assertThat(directory.search(new DirectorySearch("100%", null, null, null, 1)).total()).isZero();
    }

    @Test
    void filtersNarrowTheSearch() {
        DirectoryResults filtered = directory.search(new DirectorySearch(tag, Circle.HOSTED, EssStatus.ESUS_APPROVED, "Béthune", 1));
        assertThat(filtered.total()).isPositive();
        assertThat(filtered.entries()).allSatisfy(e -> {
            assertThat(e.circle()).isEqualTo(Circle.HOSTED);
            assertThat(e.essStatus()).isEqualTo(EssStatus.ESUS_APPROVED);
            assertThat(e.commune()).isEqualTo("Béthune");
        });
    }

    /** The tally by commune and the listing that a search reads are kept by triggers: they follow every change. */
    @Test
    void theTallyAndTheListingFollowEveryChangeOfAnOrganisation() {
        assertTallyAndListingMatchTheOrganisations();
        long id = jdbc.sql("""
                INSERT INTO membership.organisation (name, status, circle, ess_status, commune, in_directory)
                VALUES ('Tally ' || :tag, 'APPLICANT', 'HOSTED', 'ESS_BY_LEGAL_FORM', 'Avion ' || :tag, true) RETURNING id""")
            .param("tag", tag).query(Long.class).single();
        assertTallyAndListingMatchTheOrganisations();
        String[] changes = {
            "status = 'MEMBER'", "commune = 'Sallaumines ' || :tag", "commune = NULL", "in_directory = false",
            "in_directory = true, commune = 'Avion ' || :tag", "status = 'RESIGNATURE_DUE'", "name = name || ' bis'",
            "circle = 'SECOND'", "ess_status = 'COMMERCIAL_WITHOUT_ESS'", "status = 'EXCLUDED'", "status = 'MEMBER'"};
        for (String change : changes) {
            jdbc.sql("UPDATE membership.organisation SET " + change + " WHERE id = :id").param("id", id).param("tag", tag).update();
            assertTallyAndListingMatchTheOrganisations();
        }
        assertThat(directory.search(new DirectorySearch(null, null, null, null, 1)).communes()).contains("Avion " + tag);
        jdbc.sql("DELETE FROM membership.organisation WHERE id = :id").param("id", id).update();
        assertTallyAndListingMatchTheOrganisations();
        assertThat(directory.search(new DirectorySearch(null, null, null, null, 1)).communes()).doesNotContain("Avion " + tag);
    }

    private void assertTallyAndListingMatchTheOrganisations() {
        assertThat(jdbc.sql("""
                SELECT count(*) FROM (
                  (SELECT id, lower(name), search_name, search_commune, circle, ess_status, commune FROM membership.organisation
                    WHERE in_directory AND status IN ('MEMBER', 'RESIGNATURE_DUE')
                   EXCEPT
                   SELECT organisation_id, sort_name, search_name, search_commune, circle, ess_status, commune
                     FROM membership.directory_listing)
                  UNION ALL
                  (SELECT organisation_id, sort_name, search_name, search_commune, circle, ess_status, commune
                     FROM membership.directory_listing
                   EXCEPT
                   SELECT id, lower(name), search_name, search_commune, circle, ess_status, commune FROM membership.organisation
                    WHERE in_directory AND status IN ('MEMBER', 'RESIGNATURE_DUE'))) AS differences""")
            .query(Integer.class).single()).as("rows of the listing unlike the listed organisations").isZero();
        int listed = jdbc.sql("SELECT count(*) FROM membership.organisation WHERE in_directory AND status IN ('MEMBER', 'RESIGNATURE_DUE')")
            .query(Integer.class).single();
        List<String> communes = jdbc.sql("""
                SELECT DISTINCT commune FROM membership.organisation
                 WHERE in_directory AND status IN ('MEMBER', 'RESIGNATURE_DUE') AND commune <> '' ORDER BY commune""")
            .query(String.class).list();
        DirectoryResults every = directory.search(new DirectorySearch(null, null, null, null, 1));
        assertThat(every.total()).isEqualTo(listed);
        assertThat(every.communes()).isEqualTo(communes);
        assertThat(directory.newest(3).total()).isEqualTo(listed);
    }

    /**
     * The directory's own statement with 100,000 more listed organisations (added and analysed by the owner in a
     * transaction that is then rolled back), after a vacuum has refreshed the statistics as autovacuum does in a house
     * that lives: a search reads the trigram indexes of the stored search texts and its page's rows by their
     * identifiers, and never goes through every organisation.
     */
    @Test
    void aSearchReadsTheTrigramIndexesOfTheStoredSearchTexts() throws SQLException {
        TestDatabase.asOwner("VACUUM ANALYZE membership.organisation, membership.directory_listing");
        DirectorySearch search = new DirectorySearch(tag + " 123", null, null, null, 1);
        Reads reads = reads(Directory.statement(search), Directory.parameters(search), """
            INSERT INTO membership.organisation (name, status, circle, ess_status, commune, in_directory)
            SELECT (ARRAY['Association', 'Coopérative', 'Atelier', 'Collectif', 'Ressourcerie'])[1 + n % 5] || ' ' || n,
                   'MEMBER', 'HOSTED', 'ESS_BY_LEGAL_FORM', 'Commune ' || n % 20000, true
              FROM generate_series(1, 100000) AS n""", "ANALYZE membership.organisation, membership.directory_listing");
        assertThat(reads.plan()).contains("Function Scan on membership.directory_matches")
            .contains("Index Scan using organisation_pkey on membership.organisation")
            .doesNotContain("Seq Scan on membership.organisation");
        assertThat(reads.wholeTable()).as("reads of every organisation or listed member").isZero();
        assertThat(reads.nameIndex()).as("reads of the names' trigram index").isEqualTo(RUNS);
        assertThat(reads.communeIndex()).as("reads of the communes' trigram index").isEqualTo(RUNS);
    }

    /** Two letters match many members (here more than half): their page is read in name order, not sorted. */
    @Test
    void aSearchOfTwoLettersReadsTheDirectoryInNameOrder() throws SQLException {
        DirectorySearch search = new DirectorySearch("li", null, null, null, 1);
        assertThat(plan(Directory.statement(search), Directory.parameters(search)))
            .contains("Index Scan using organisation_directory_order");
    }

    /** A short search compares the stored search texts with its own; a longer one is made in the function that reads. */
    @Test
    void aPageOfTheDirectoryMakesNoSearchTextOfAnOrganisation() throws SQLException {
        DirectorySearch search = new DirectorySearch("li", Circle.HOSTED, null, null, 2);
        assertThat(plan(Directory.statement(search), Directory.parameters(search))).contains("search_name ~~")
            .doesNotContain("search_text(");
    }

    /**
     * The first page without filter, a search of three letters or more and one of two letters, each asked ten times
     * through the directory on one connection: the first two are prepared by the driver (from their fifth time) and
     * PostgreSQL keeps one plan for them (the page has no parameter; the longer search is planned alike whatever its
     * text); the short search is never prepared, so that PostgreSQL plans it with its letters each time rather than
     * with a plan made for any letters.
     */
    @Test
    void thePageAndALongerSearchKeepTheirPlansAndAShortSearchIsPlannedWithItsLettersEachTime() {
        DirectorySearch everyone = new DirectorySearch(null, null, null, null, 1);
        DirectorySearch lievin = new DirectorySearch("lievin", null, null, null, 1);
        DirectorySearch li = new DirectorySearch("li", null, null, null, 1);
        List<String> prepared = new TransactionTemplate(transactions).execute(status -> {
            for (int time = 0; time < 10; time++) {
                assertThat(directory.search(everyone).entries()).hasSize(DirectorySearch.PAGE_SIZE);
                assertThat(directory.search(lievin).entries()).hasSize(DirectorySearch.PAGE_SIZE);
                assertThat(directory.search(li).entries()).hasSize(DirectorySearch.PAGE_SIZE);
            }
            return jdbc.sql("""
                    SELECT CASE WHEN statement LIKE '%membership.directory_matches%' THEN 'longer search'
                                WHEN statement LIKE '%search_name LIKE%' THEN 'short search' ELSE 'every' END
                           || ', kept plan: ' || (generic_plans > 0)
                      FROM pg_prepared_statements WHERE statement LIKE '%0 AS part%'
                     ORDER BY 1""")
                .query(String.class).list();
        });
        assertThat(prepared).containsExactly("every, kept plan: true", "longer search, kept plan: true");
    }

    /** The entries of every page of a search, page after page. */
    private List<DirectoryEntry> everyPage(DirectorySearch search) {
        List<DirectoryEntry> entries = new ArrayList<>();
        int pages = directory.search(search).pages();
        for (int page = 1; page <= pages; page++) {
            entries.addAll(directory.search(
                new DirectorySearch(search.text(), search.circle(), search.essStatus(), search.commune(), page)).entries());
        }
        return entries;
    }

    /**
     * What a statement read, as the owner in a transaction after {@code before}: its plan, and the scans made when run
     * {@link #RUNS} times with the plans PostgreSQL keeps for any value (those a connection of the pool comes to use
     * from a statement's sixth run, and a function's), made without knowing the words looked for.
     */
    private record Reads(String plan, long wholeTable, long nameIndex, long communeIndex) {
    }

    private static final int RUNS = 10;

    private static Reads reads(String sql, SqlParameterSource parameters, String... before) throws SQLException {
        return asOwner(statements -> {
            statements.getJdbcOperations().execute("SET LOCAL plan_cache_mode = force_generic_plan");
            String plan = String.join("\n", statements.queryForList("EXPLAIN (VERBOSE) " + sql, parameters, String.class));
            for (int run = 0; run < RUNS; run++) {
                statements.query(sql, parameters, rs -> { });
            }
            return statements.queryForObject("""
                    SELECT sum(seq_scan), pg_stat_get_xact_numscans('membership.directory_listing_name_search'::regclass),
                           pg_stat_get_xact_numscans('membership.directory_listing_commune_search'::regclass)
                      FROM pg_stat_xact_user_tables
                     WHERE relid IN ('membership.organisation'::regclass, 'membership.directory_listing'::regclass)""",
                new MapSqlParameterSource(), (rs, n) -> new Reads(plan, rs.getLong(1), rs.getLong(2), rs.getLong(3)));
        }, before);
    }

    /** The plan of a statement, after statements of the owner's that are rolled back after it. */
    private static String plan(String sql, SqlParameterSource parameters, String... before) throws SQLException {
        return asOwner(statements -> String.join("\n",
            statements.queryForList("EXPLAIN (VERBOSE) " + sql, parameters, String.class)), before);
    }

    private static <T> T asOwner(Function<NamedParameterJdbcTemplate, T> work, String... before) throws SQLException {
        TestDatabase.Connection db = TestDatabase.get();
        try (Connection owner = DriverManager.getConnection(db.url(), db.ownerUsername(), db.ownerPassword())) {
            owner.setAutoCommit(false);
            try (Statement statement = owner.createStatement()) {
                statement.execute(FirstHouse.IN_TRANSACTION);
                for (String change : before) {
                    statement.execute(change);
                }
            }
            T result = work.apply(new NamedParameterJdbcTemplate(new SingleConnectionDataSource(owner, true)));
            owner.rollback();
            return result;
        }
    }
}
