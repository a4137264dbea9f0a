package coop.toitcommun.testsupport;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import coop.toitcommun.membership.CurrentHouse;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * A test's code (set-up, test and clean-up methods) works for the first house, the one today's data migrated into,
 * as a request to that house's host would: services and SQL called straight from a test see its rows. Threads a
 * test starts work for no house unless it says so, as in the application.
 */
public class FirstHouse implements InvocationInterceptor {

    public static final long ID = 1;

    /** A connection of a test's own, whose whole session works for the first house. */
    public static Connection connect(String url, String user, String password) throws SQLException {
        return DriverManager.getConnection(url, connectionProperties(user, password));
    }

    /** The properties of such a connection: PostgreSQL takes the setting when the session starts. */
    public static Properties connectionProperties(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("options", "-c toitcommun.house=" + ID);
        return properties;
    }

    /** For a connection a test opens itself: its transaction works for the first house. */
    public static final String IN_TRANSACTION = "SELECT set_config('toitcommun.house', '" + ID + "', true)";

    /** {@code work}, to run on a thread of the test's own (a {@code CompletableFuture}'s), for the first house. */
    public static <T> Supplier<T> supplied(Supplier<T> work) {
        return () -> {
            try (CurrentHouse.Scope scope = CurrentHouse.enter(ID)) {
                return work.get();
            }
        };
    }

    /** {@code work}, to run on a thread of the test's own, for the first house. */
    public static <T> Callable<T> carried(Callable<T> work) {
        return () -> {
            try (CurrentHouse.Scope scope = CurrentHouse.enter(ID)) {
                return work.call();
            }
        };
    }

    @Override
    public <T> T interceptTestClassConstructor(Invocation<T> invocation,
            ReflectiveInvocationContext<Constructor<T>> invocationContext, ExtensionContext extensionContext) throws Throwable {
        return inFirstHouse(invocation);
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        inFirstHouse(invocation);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        inFirstHouse(invocation);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        inFirstHouse(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        inFirstHouse(invocation);
    }

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        return inFirstHouse(invocation);
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, org.junit.jupiter.api.extension.DynamicTestInvocationContext invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        inFirstHouse(invocation);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        inFirstHouse(invocation);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        inFirstHouse(invocation);
    }

    private static <T> T inFirstHouse(Invocation<T> invocation) throws Throwable {
        try (CurrentHouse.Scope scope = CurrentHouse.enter(ID)) {
            return invocation.proceed();
        }
    }
}
