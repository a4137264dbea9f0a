package coop.toitcommun.membership;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public directory of member organisations that opted in, and the contacts they share with members. Each method
 * reads with one statement, which PostgreSQL runs in a snapshot of its own: they join the caller's transaction if
 * there is one and open none otherwise, which saves the directory page a round trip to commit.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class Directory {

    private final JdbcClient jdbc;
    private final JdbcTemplate statements;

    Directory(JdbcClient jdbc, JdbcTemplate statements) {
        this.jdbc = jdbc;
        this.statements = statements;
    }

    /** Who the directory lists; the triggers of membership.directory_commune and directory_listing say it too. */
    private static final String LISTED = "in_directory AND status IN ('MEMBER', 'RESIGNATURE_DUE')";

    /** How many members are listed, from the tally kept by the database as organisations change. */
    private static final String EVERY_LISTED = "(SELECT coalesce(sum(members), 0) FROM membership.directory_commune)";

    /**
     * The conditions of a search on the circle, status and commune asked for, if any. Only the conditions asked for
     * are written (and the page's size and offset as numbers), so that a page without any filter has no parameter:
     * PostgreSQL plans it once per connection and keeps the plan, instead of planning it again at each request (its
     * planning cost more than its execution, and row-level security made it longer still: docs/performance.md).
     */
    private static List<String> filters(DirectorySearch search) {
        List<String> conditions = new ArrayList<>();
        if (search.circle() != null) {
            conditions.add("circle = :circle");
        }
        if (search.essStatus() != null) {
            conditions.add("ess_status = :ess");
        }
        if (search.commune() != null) {
            conditions.add("lower(commune) = lower(:commune)");
        }
        return conditions;
    }

    /**
     * Whether the text looked for has three characters or more, so that the trigram indexes find its few matches
     * directly. One or two letters have no trigram and match most members: those pages are read in name order.
     */
    private static boolean matchesReadOnce(DirectorySearch search) {
        return search.text() != null && search.text().length() >= 3;
    }

    /**
     * One page of the opted-in members that match, in name order, with the number that match in all and the communes
     * of every listed member for the filter: one statement. Its first row carries the number and the communes, the
     * page follows. The text is looked for in names and communes, ignoring case and accents, in the search texts stored
     * with each organisation (search_name, search_commune). A text of three characters or more finds its matches once
     * through their trigram indexes in the listed members' rows (membership.directory_listing), counts them and sorts
     * them for the page; otherwise the page is read in the order of the directory's index and the number counted
     * apart, so that a page of 50 does not sort every member of a large house. Without any filter, the number and the
     * communes come from the tally of listed members per commune kept by the database (membership.directory_commune).
     */
    public DirectoryResults search(DirectorySearch search) {
        int[] total = {0};
        List<String> communes = new ArrayList<>();
        List<DirectoryEntry> entries = new ArrayList<>(DirectorySearch.PAGE_SIZE);
        ParsedSql sql = NamedParameterUtils.parseSqlStatement(statement(search));
        SqlParameterSource parameters = parameters(search);
        String positional = NamedParameterUtils.substituteNamedParameters(sql, parameters);
        Object[] values = NamedParameterUtils.buildValueArray(sql, parameters, null);
        statements.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(positional);
            plannedWithItsValues(statement, search);
            new ArgumentPreparedStatementSetter(values).setValues(statement);
            return statement;
        }, rs -> {
            if (rs.getInt("part") == 0) {
                total[0] = rs.getInt("total");
                communes.addAll(List.of((String[]) rs.getArray("communes").getArray()));
            } else {
                entries.add(entry(rs));
            }
        });
        return new DirectoryResults(entries, total[0], search.page(), DirectorySearch.PAGE_SIZE, communes);
    }

    /**
     * A search read in name order is never prepared on the server, so that PostgreSQL plans it with the letters
     * searched each time. Prepared (as the driver does from a statement's fifth run on a connection), it was soon given
     * the plan of a text that could match anything: with 5,000 organisations, "lievin" sorted its 418 matches in 3.9 ms
     * where its own plan reads the first fifty in name order in 1.1 ms, planning included (docs/performance.md). The
     * page without filter has no parameter, and a text of three characters or more is planned the same whatever it
     * is: their prepared plans are their own.
     */
    private static void plannedWithItsValues(PreparedStatement statement, DirectorySearch search) throws SQLException {
        if (search.filtered() && !matchesReadOnce(search)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }

    /** The statement of {@link #search}, and below its parameters: DirectorySearchIT explains its plan. */
    static String statement(DirectorySearch search) {
        return matchesReadOnce(search) ? matchesCounted(search) : pageInNameOrder(search);
    }

    private static String pageInNameOrder(DirectorySearch search) {
        List<String> where = new ArrayList<>(List.of(LISTED));
        if (search.text() != null) {
            where.add("(search_name LIKE membership.search_text(:pattern)"
                + " OR search_commune LIKE membership.search_text(:pattern))");
        }
        where.addAll(filters(search));
        String matching = "FROM membership.organisation WHERE " + String.join(" AND ", where);
        return tallyThenPage(search.filtered() ? "(SELECT count(*) " + matching + ")" : EVERY_LISTED, """
            SELECT 1, lower(name), id, name, description, circle, ess_status, commune, website, NULL, NULL %s
             ORDER BY lower(name), id LIMIT %d OFFSET %d""".formatted(matching, DirectorySearch.PAGE_SIZE, offset(search)));
    }

    /**
     * The matches of a text of three characters or more, read once (their identifiers and sort names only) by
     * membership.directory_matches through the trigram indexes of the listed members' narrow rows
     * (membership.directory_listing), counted, and the page's fifty sorted out of them. The page's rows are then read
     * by their identifiers, given as an array: joined to the matches instead, whose number the planner cannot know,
     * they were read by going through the whole table once a vacuum had refreshed its statistics (2.5 ms per search
     * with 5,000 members instead of 0.9).
     */
    private static String matchesCounted(DirectorySearch search) {
        List<String> where = filters(search);
        return "WITH matches AS MATERIALIZED (SELECT id, sort_name FROM membership.directory_matches(:pattern)%s)\n"
                .formatted(where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + tallyThenPage("(SELECT count(*) FROM matches)", """
                SELECT 1, lower(name), id, name, description, circle, ess_status, commune, website, NULL, NULL
                  FROM membership.organisation
                 WHERE id = ANY (ARRAY(SELECT id FROM matches ORDER BY sort_name, id LIMIT %d OFFSET %d))"""
                .formatted(DirectorySearch.PAGE_SIZE, offset(search)));
    }

    /** The first row with the number {@code total} and the communes, then the rows of {@code page}. */
    private static String tallyThenPage(String total, String page) {
        return """
            SELECT 0 AS part, NULL AS sort_name, NULL::bigint AS id, NULL AS name, NULL AS description, NULL AS circle,
                   NULL AS ess_status, NULL AS commune, NULL AS website, %s AS total,
                   ARRAY(SELECT commune FROM membership.directory_commune WHERE members > 0 AND commune <> ''
                          ORDER BY commune) AS communes
            UNION ALL
            (%s)
            ORDER BY part, sort_name, id""".formatted(total, page);
    }

    private static int offset(DirectorySearch search) {
        return (search.page() - 1) * DirectorySearch.PAGE_SIZE;
    }

    static SqlParameterSource parameters(DirectorySearch search) {
        return new MapSqlParameterSource()
            .addValue("pattern", search.text() == null ? null : "%" + likeEscaped(search.text()) + "%", Types.VARCHAR)
            .addValue("circle", search.circle() == null ? null : search.circle().name(), Types.VARCHAR)
            .addValue("ess", search.essStatus() == null ? null : search.essStatus().name(), Types.VARCHAR)
            .addValue("commune", search.commune(), Types.VARCHAR);
    }

    /** The {@code size} members who joined last, and how many are listed: what the home page shows. */
    public DirectoryResults newest(int size) {
        List<Integer> total = new ArrayList<>(1);
        List<DirectoryEntry> entries = jdbc.sql("""
                SELECT id, name, description, circle, ess_status, commune, website, %s FROM membership.organisation
                 WHERE %s ORDER BY created_at DESC, id DESC LIMIT :size""".formatted(EVERY_LISTED, LISTED))
            .param("size", size)
            .query((rs, n) -> {
                if (n == 0) {
                    total.add(rs.getInt(8));
                }
                return entry(rs);
            })
            .list();
        return new DirectoryResults(entries, total.isEmpty() ? 0 : total.get(0), 1, size, List.of());
    }

    private static DirectoryEntry entry(ResultSet rs) throws SQLException {
        return new DirectoryEntry(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
            Circle.valueOf(rs.getString("circle")), EssStatus.valueOf(rs.getString("ess_status")), rs.getString("commune"),
            rs.getString("website"));
    }

    /** The text as a LIKE pattern that matches it literally ({@code %} and {@code _} included). */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Contacts that listed members chose to share with other members: one query for the whole page. */
    public Map<Long, List<Contact>> sharedContacts(Collection<Long> organisationIds) {
        Map<Long, List<Contact>> contacts = new HashMap<>();
        if (organisationIds.isEmpty()) {
            return contacts;
        }
        jdbc.sql("""
                SELECT op.organisation_id, p.id, p.display_name, p.email, p.phone, op.role, p.kinds
                  FROM membership.organisation_person op JOIN membership.person p ON p.id = op.person_id
                 WHERE op.organisation_id IN (:ids) AND op.shared_with_members AND p.erased_at IS NULL
                 ORDER BY p.display_name""")
            .param("ids", organisationIds)
            .query(rs -> {
                contacts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Contact(rs.getLong(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), OrganisationRole.valueOf(rs.getString(6)),
                    Contact.kindsOf(rs.getString(7)), true));
            });
        return contacts;
    }
}
