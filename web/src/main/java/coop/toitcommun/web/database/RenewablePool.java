package coop.toitcommun.web.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The embedded database's connection pool, which the watchdog renews once it has started the server again: the
 * old pool, after a few seconds of failed attempts, would wait out its reconnection back-off (up to 5 s) before
 * trying again; a new one connects at once. Connections of the old pool are dead anyway.
 */
final class RenewablePool extends DelegatingDataSource implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RenewablePool.class);

    private final HikariConfig settings;
    private volatile HikariDataSource current;

    RenewablePool(HikariConfig settings) {
        this(settings, new HikariDataSource(settings));
    }

    private RenewablePool(HikariConfig settings, HikariDataSource pool) {
        super(pool);
        this.settings = settings;
        this.current = pool;
    }

    void renew() {
        HikariDataSource old = current;
        try {
            current = new HikariDataSource(settings);
        } catch (RuntimeException e) {
            LOG.warn("Could not open a new connection pool; the current one reconnects by itself", e);
            return;
        }
        Thread closer = new Thread(old::close, "embedded-postgres-old-pool");
        closer.setDaemon(true);
        closer.start();
    }

    @Override
    public DataSource getTargetDataSource() {
        return current;
    }

    @Override
    protected DataSource obtainTargetDataSource() {
        return current;
    }

    @Override
    public void close() {
        current.close();
    }
}
