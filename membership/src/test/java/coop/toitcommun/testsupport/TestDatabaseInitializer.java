package coop.toitcommun.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's Spring context at the JVM's {@link TestDatabase}: Flyway migrates as the owner role, the
 * application runs as its own role (not a superuser, DML only), so that a missing grant fails the tests.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(TestDatabase.get().springProperties()).applyTo(context);
    }
}
