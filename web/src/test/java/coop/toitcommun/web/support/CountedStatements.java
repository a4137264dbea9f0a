package coop.toitcommun.web.support;

import coop.toitcommun.testsupport.StatementCounter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Every web integration test's application counts its SQL statements at JDBC level (see PageStatementsIT). */
@TestConfiguration(proxyBeanMethods = false)
public class CountedStatements {

    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }
}
