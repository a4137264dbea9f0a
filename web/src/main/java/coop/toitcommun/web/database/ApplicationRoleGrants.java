package coop.toitcommun.web.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After every migration, as the owner, gives the application's role exactly what it needs on every table and
 * sequence of the application's schemas (the schemas the owner owns): reading and writing rows, nothing more.
 * No TRUNCATE, no REFERENCES, no TRIGGER, no right on Flyway's history; the role owns nothing, so it cannot
 * alter a table, disable a trigger nor drop anything. Tables that later migrations add are covered the same way,
 * without a GRANT in the migration, and by the owner's default privileges in between.
 *
 * <p>When the application connects as the owner itself (a single-role installation), there is nobody to grant
 * to; the start-up line says so.
 */
@Component
class ApplicationRoleGrants implements Callback {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationRoleGrants.class);

    private final DataSource application;

    ApplicationRoleGrants(DataSource application) {
        this.application = application;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection owner = context.getConnection();
            String ownerRole = single(owner, "SELECT current_user");
            String applicationRole = applicationRole();
            if (applicationRole.equals(ownerRole)) {
                return;
            }
            String grantee = quote(applicationRole);
            try (Statement sql = owner.createStatement()) {
                for (String schema : schemasOwnedByCurrentUser(owner)) {
                    String s = quote(schema);
                    sql.execute("GRANT USAGE ON SCHEMA " + s + " TO " + grantee);
                    sql.execute("REVOKE CREATE ON SCHEMA " + s + " FROM " + grantee);
                    sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + s + " TO " + grantee);
                    sql.execute("REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA " + s + " FROM " + grantee);
                    sql.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + s + " TO " + grantee);
                    sql.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + s + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + grantee);
                    sql.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + s + " GRANT USAGE, SELECT ON SEQUENCES TO " + grantee);
                }
                String history = historyTable(owner, context.getConfiguration().getTable());
                if (history != null) {
                    sql.execute("REVOKE ALL ON TABLE " + history + " FROM " + grantee);
                }
            }
            LOG.debug("Gave {} the rights on the rows of the schemas of {}", applicationRole, ownerRole);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the application's role its rights", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "application role grants";
    }

    private String applicationRole() throws SQLException {
        try (Connection connection = application.getConnection()) {
            return single(connection, "SELECT current_user");
        }
    }

    private static List<String> schemasOwnedByCurrentUser(Connection owner) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement sql = owner.createStatement();
             ResultSet rows = sql.executeQuery("""
                 SELECT nspname FROM pg_namespace
                  WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                    AND nspname NOT IN ('public', 'information_schema') AND nspname NOT LIKE 'pg\\_%'
                  ORDER BY nspname""")) {
            while (rows.next()) {
                schemas.add(rows.getString(1));
            }
        }
        return schemas;
    }

    /** Flyway's history table, schema-qualified, if the owner has it. */
    private static String historyTable(Connection owner, String table) throws SQLException {
        try (var query = owner.prepareStatement("""
                SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relname = ? AND c.relkind = 'r' AND pg_has_role(c.relowner, 'USAGE')
                 ORDER BY n.nspname = current_schema() DESC LIMIT 1""")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
