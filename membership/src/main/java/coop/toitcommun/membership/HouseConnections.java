package coop.toitcommun.membership;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalLong;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Makes every connection of the application's pool ({@code dataSource}) work for the thread's {@link CurrentHouse},
 * or for no house: PostgreSQL's row-level security then shows and accepts only that house's rows. The setting is
 * made when a connection is taken, outside any transaction, and only when the connection last worked for another
 * house: a deployment of one house sets it once per connection. It is applied before anything else wraps the pool,
 * so counts of the application's statements leave it out.
 */
@Component
class HouseConnections implements BeanPostProcessor, Ordered {

    static final String SETTING = "toitcommun.house";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource pool && "dataSource".equals(beanName)) {
            return new ForCurrentHouse(pool);
        }
        return bean;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static final class ForCurrentHouse extends DelegatingDataSource {

        /** What each server connection (the pool's, not its per-use wrappers) was last set to. */
        private final Map<Connection, String> houseOf = Collections.synchronizedMap(new WeakHashMap<>());

        ForCurrentHouse(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return forCurrentHouse(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return forCurrentHouse(super.getConnection(username, password));
        }

        /**
         * The pool itself, for what reads its settings: Spring Boot derives the migrations' connections from its
         * address. Nothing takes connections from it directly: they would keep the house they last worked for.
         */
        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return obtainTargetDataSource().unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return obtainTargetDataSource().isWrapperFor(iface);
        }

        private Connection forCurrentHouse(Connection connection) throws SQLException {
            OptionalLong current = CurrentHouse.id();
            String house = current.isPresent() ? Long.toString(current.getAsLong()) : "";
            try {
                Connection server = connection.unwrap(Connection.class);
                if (!house.equals(houseOf.get(server))) {
                    try (PreparedStatement set = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
                        set.setString(1, SETTING);
                        set.setString(2, house);
                        set.execute();
                    }
                    if (connection.getAutoCommit()) {
                        houseOf.put(server, house);
                    } else {
                        // inside a transaction, which may roll the setting back or keep it: set it again next time
                        houseOf.remove(server);
                    }
                }
                return connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }
    }
}
