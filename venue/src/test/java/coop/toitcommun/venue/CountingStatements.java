package coop.toitcommun.venue;

import coop.toitcommun.testsupport.StatementCounter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the venue's SQL statements at JDBC level, for the tests that bound them or explain them. */
@TestConfiguration(proxyBeanMethods = false)
class CountingStatements {

    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }
}
