package coop.toitcommun.web.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import coop.toitcommun.membership.RowSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One line at start-up that says which database the application uses, where its data lives and whether it is
 * kept durably, so that nobody runs a house on a database they did not mean to. A warning follows when the
 * application's role is a superuser, the server does not keep acknowledged writes, or its superuser has not let
 * row-level security use the pages' indexes ({@link RowSecurity}).
 */
@Component
class DatabaseStartupLog {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStartupLog.class);

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedDatabase> embedded;

    DatabaseStartupLog(DataSource dataSource, ObjectProvider<EmbeddedDatabase> embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    @EventListener(ApplicationStartedEvent.class)
    void report() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("""
                 SELECT current_setting('server_version'), current_user, r.rolsuper, current_setting('fsync'),
                        current_setting('synchronous_commit'), current_setting('full_page_writes')
                   FROM pg_roles r WHERE r.rolname = current_user""")) {
            row.next();
            String version = row.getString(1);
            String user = row.getString(2);
            boolean durable = "on".equals(row.getString(4)) && !"off".equals(row.getString(5)) && "on".equals(row.getString(6));
            EmbeddedDatabase database = embedded.getIfAvailable();
            String where = database != null
                ? "embedded PostgreSQL " + version + ", data in " + database.directory() + " (port " + database.port() + ")"
                : "PostgreSQL " + version + " at " + connection.getMetaData().getURL() + " (data on that server)";
            LOG.info("Database: {}, connected as {}, {}", where, user,
                durable ? "durable (fsync, synchronous_commit and full_page_writes on)" : "NOT DURABLE");
            if (!durable) {
                LOG.warn("The database does not keep every acknowledged write: fsync={}, synchronous_commit={}, "
                    + "full_page_writes={}. Turn them on (see docs/operations.md).", row.getString(4), row.getString(5), row.getString(6));
            }
            if (row.getBoolean(3)) {
                LOG.warn("The application connects as {}, a superuser: give it its own role (see docs/operations.md).", user);
            }
        }
        List<String> notLeakproof = notLeakproof();
        if (!notLeakproof.isEmpty()) {
            LOG.warn("Row-level security keeps the calendars and the directory from their indexes until the server's "
                + "superuser runs, once: {} (see docs/operations.md).", String.join("; ", RowSecurity.superuserStatements()));
        }
    }

    private List<String> notLeakproof() throws SQLException {
        List<String> functions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = connection.prepareStatement(
                 "SELECT NOT proleakproof FROM pg_proc WHERE oid = cast(? AS regprocedure)")) {
            for (String function : RowSecurity.INDEXED_OPERATORS) {
                sql.setString(1, function);
                try (ResultSet row = sql.executeQuery()) {
                    if (row.next() && row.getBoolean(1)) {
                        functions.add(function);
                    }
                }
            }
        }
        return functions;
    }
}
