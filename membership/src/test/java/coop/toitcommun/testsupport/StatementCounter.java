package coop.toitcommun.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application prepares or creates, by wrapping the {@link DataSource}: every
 * statement counts, whether Hibernate, a {@code JdbcClient} or anything else sends it. Register it as a bean in a
 * test configuration, then compare {@link #count()} before and after the code under test, or {@link #record} it
 * to get each statement's SQL and whether it ran inside a (read-only) transaction.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    /**
     * A statement: its SQL, the state of its connection when it was prepared, the thread that prepared it, and its
     * transaction (a number unique in this counter, 0 outside any transaction).
     */
    public record Sql(String text, boolean inTransaction, boolean readOnly, String thread, long transaction) {
    }

    /** What ran while some code ran: its statements, and how many transactions it began. */
    public record Recording(List<Sql> statements, int transactions) {

        public List<String> texts() {
            return statements.stream().map(Sql::text).toList();
        }
    }

    private final AtomicLong count = new AtomicLong();
    private volatile List<Sql> recorded;
    private final AtomicInteger transactions = new AtomicInteger();
    private final AtomicLong transactionNumbers = new AtomicLong();

    public long count() {
        return count.get();
    }

    /** Runs {@code action}, keeping every statement it sent and counting the transactions it began. */
    public synchronized Recording record(Runnable action) {
        List<Sql> statements = Collections.synchronizedList(new ArrayList<>());
        transactions.set(0);
        recorded = statements;
        try {
            action.run();
        } finally {
            recorded = null;
        }
        return new Recording(List.copyOf(statements), transactions.get());
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, dataSource, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
        }
        return bean;
    }

    private Connection counting(Connection connection) {
        AtomicLong transaction = new AtomicLong();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
                if (STATEMENTS.contains(method.getName())) {
                    count.incrementAndGet();
                    List<Sql> statements = recorded;
                    if (statements != null) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : "";
                        boolean inTransaction = !connection.getAutoCommit();
                        statements.add(new Sql(sql, inTransaction, connection.isReadOnly(), Thread.currentThread().getName(),
                            inTransaction ? transaction.get() : 0));
                    }
                } else if ("setAutoCommit".equals(method.getName()) && Boolean.FALSE.equals(args[0])) {
                    transaction.set(transactionNumbers.incrementAndGet());
                    if (recorded != null) {
                        transactions.incrementAndGet();
                    }
                }
                return invoke(method, connection, args);
            });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
