package coop.toitcommun.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test's Spring context at the JVM's {@link TestDatabase}. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.get();
        TestPropertyValues.of(
            "spring.datasource.url=" + db.url(),
            "spring.datasource.username=" + db.username(),
            "spring.datasource.password=" + db.password(),
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false"
        ).applyTo(context);
    }
}
