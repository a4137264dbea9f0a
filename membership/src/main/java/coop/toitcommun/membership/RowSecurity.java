package coop.toitcommun.membership;

import java.util.List;

/**
 * What PostgreSQL's superuser must grant once per database for the houses' row-level security to keep the pages'
 * indexes. Under row-level security, PostgreSQL uses a condition of a query in an index only if its function cannot
 * leak the values it reads (LEAKPROOF); the two operators the calendars and the directory search with (a range
 * overlap, a LIKE pattern) are not marked so by default, and without them both read every row of their table. Neither
 * reports anything about the values it compares. The embedded server and the tests' servers are prepared with these;
 * docs/operations.md gives them for a server of one's own.
 */
public final class RowSecurity {

    /** The functions, as {@code regprocedure} names. */
    public static final List<String> INDEXED_OPERATORS = List.of(
        "pg_catalog.range_overlaps(anyrange, anyrange)",
        "pg_catalog.textlike(text, text)");

    /** What the superuser runs, once per database. */
    public static List<String> superuserStatements() {
        return INDEXED_OPERATORS.stream().map(function -> "ALTER FUNCTION " + function + " LEAKPROOF").toList();
    }

    private RowSecurity() {
    }
}
