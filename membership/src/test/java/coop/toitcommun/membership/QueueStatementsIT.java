package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import coop.toitcommun.testsupport.PostgresTest;
import coop.toitcommun.testsupport.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The co-founders' queue costs the same number of SQL statements with 2 or 200 pending applications. */
@SpringBootTest
@PostgresTest
class QueueStatementsIT {

    @TestConfiguration
    static class Counting {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired DoorFixtures fixtures;
    @Autowired Applications applications;
    @Autowired StatementCounter statements;

    @Test
    void twoHundredPendingApplicationsCostNoMoreStatementsThanTwo() {
        fixtures.charter();
        applyTimes(2);
        int pendingBefore = applications.pending(fixtures.anyCofounder()).size();
        long few = statementsOfTheQueue();

        applyTimes(200);
        int pendingAfter = applications.pending(fixtures.anyCofounder()).size();
        long many = statementsOfTheQueue();

        assertThat(pendingAfter).isGreaterThanOrEqualTo(pendingBefore + 200);
        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    private long statementsOfTheQueue() {
        long before = statements.count();
        applications.pending(fixtures.anyCofounder());
        return statements.count() - before;
    }

    private void applyTimes(int times) {
        OrganisationRef sponsor = fixtures.member("Parrain");
        for (int i = 0; i < times; i++) {
            fixtures.apply("Candidate " + UUID.randomUUID(), i % 2 == 0 ? sponsor.id() : null,
                "rep-" + UUID.randomUUID() + "@example.org");
        }
    }
}
