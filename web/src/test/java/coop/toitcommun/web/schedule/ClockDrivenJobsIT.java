package coop.toitcommun.web.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;

import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.CronExpression;

/**
 * The house's clock-driven jobs never start by themselves during the tests (the test configuration gives them a
 * cron that names 31 February): a job that started on the wall clock would do its once-only work, an email told or a
 * date announced, during a test that does not expect it. The jobs are taken from Spring's own list, so a new one
 * without its line in the test configuration fails here. Only the removal of expired sessions runs every minute: it
 * tells nobody anything.
 */
@WebIntegrationTest
class ClockDrivenJobsIT {

    private static final String EVERY_MINUTE = "coop.toitcommun.web.security.ExpiredSessions.";

    @Autowired List<ScheduledTaskHolder> holders;

    @Test
    void noClockDrivenJobStartsByItselfDuringTheTests() {
        List<CronTask> jobs = holders.stream().flatMap(holder -> holder.getScheduledTasks().stream())
            .map(scheduled -> scheduled.getTask()).filter(CronTask.class::isInstance).map(CronTask.class::cast)
            .filter(job -> !job.getRunnable().toString().startsWith(EVERY_MINUTE)).toList();

        assertThat(jobs).extracting(job -> job.getRunnable().toString())
            .anyMatch(name -> name.endsWith("VolunteeringSchedule.tellNewOverloads"))
            .anyMatch(name -> name.endsWith("ReviewSchedule.daily"));
        ZonedDateTime now = ZonedDateTime.now();
        assertThat(jobs).allSatisfy(job -> assertThat(CronExpression.parse(job.getExpression()).next(now))
            .as(job.getRunnable() + " at " + job.getExpression()).isNull());
    }
}
