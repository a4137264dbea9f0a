package coop.toitcommun.web.account;

import java.time.Clock;
import java.time.Duration;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.CurrentHouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Work that an anonymous request sets off for whoever owns an email address (a reset link, an unlock link), done on
 * another thread: the answer then takes the same time whether or not the address has an account, and never waits
 * for the mail server. The work starts a moment after the answer has gone, so that on a busy server it does not
 * compete with the answer for the processor either (which would again tell a known address). The emails still go
 * through {@code Mails}.
 */
@Component
public class OffRequestAccountWork {

    private static final Logger LOG = LoggerFactory.getLogger(OffRequestAccountWork.class);

    private static final Duration AFTER_THE_ANSWER = Duration.ofMillis(500);

    private final Accounts accounts;
    private final TaskExecutor executor;
    private final TaskScheduler scheduler;
    private final Clock clock;

    OffRequestAccountWork(Accounts accounts, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
                          TaskScheduler scheduler, Clock clock) {
        this.accounts = accounts;
        this.executor = executor;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    public void sendPasswordReset(String email) {
        run("password reset", () -> accounts.requestPasswordReset(email));
    }

    public void offerUnlock(String email) {
        run("unlock link", () -> accounts.offerUnlock(email));
    }

    private void run(String what, Runnable work) {
        Runnable forThisHouse = CurrentHouse.carried(work);
        scheduler.schedule(() -> handOver(what, forThisHouse), clock.instant().plus(AFTER_THE_ANSWER));
    }

    /** The scheduler's thread only passes the work on, so that a slow mail server never holds it. */
    private void handOver(String what, Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.error("Could not prepare the {} email", what, e);
                }
            });
        } catch (TaskRejectedException e) {
            LOG.error("Too much work queued: the {} email was not prepared", what, e);
        }
    }
}
