package coop.toitcommun.web.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.TestDatabaseInitializer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on the test PostgreSQL, sending mail to GreenMail, with the demo
 * accounts loaded, counting its SQL statements. Every web integration test uses this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// templates parsed once, as in production (the demo profile reloads them at every request for people editing them)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.thymeleaf.cache=true")
// one @ContextConfiguration only: a second one (say, from @PostgresTest) would be silently ignored
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestMailServer.Initializer.class})
@ActiveProfiles("demo")
@Import({CountedStatements.class, DemoPeople.class})
@ExtendWith(FirstHouse.class)
public @interface WebIntegrationTest {
}
