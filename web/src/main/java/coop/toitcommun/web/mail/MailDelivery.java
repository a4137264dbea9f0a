package coop.toitcommun.web.mail;

import java.time.Duration;
import java.util.List;

import coop.toitcommun.membership.Houses;
import coop.toitcommun.web.WebSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, on one background thread woken after each decision that stored an email, and at
 * the time of the next retry. Each email is first claimed with {@code FOR UPDATE SKIP LOCKED} and a deadline, so
 * that several instances of the application never send the same email twice; it is deleted once the mail server
 * took it. A failure is tried again after a growing delay, then marked failed for the admins' page.
 *
 * <p>Without {@code spring.mail.host} the emails are written to the log instead, so that a trial installation
 * still shows its invitation links.
 */
@Component
class MailDelivery implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 20;

    private record Claimed(long id, String recipient, String subject, String body, String attachmentName,
                           String attachmentType, byte[] attachment, int attempts) {
    }

    private final Houses houses;
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> smtp;
    private final WebSettings web;
    private final MailSettings settings;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private Thread worker;

    MailDelivery(Houses houses, JdbcClient jdbc, ObjectProvider<JavaMailSender> smtp, WebSettings web, MailSettings settings) {
        this.houses = houses;
        this.jdbc = jdbc;
        this.smtp = smtp;
        this.web = web;
        this.settings = settings;
    }

    /** Asks for a delivery round now (after a commit that stored emails, or an admin's "send again"). */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::deliverUntilStopped, "mail-delivery");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        worker.interrupt();
        try {
            worker.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void deliverUntilStopped() {
        while (running) {
            Duration pause;
            try {
                pause = deliverDueInEachHouse();
            } catch (DataAccessException e) {
                LOG.warn("Emails wait: the database does not answer ({})", e.getMostSpecificCause().getMessage());
                pause = settings.pollInterval();
            }
            try {
                synchronized (signal) {
                    if (!woken && running) {
                        signal.wait(Math.max(1, pause.toMillis()));
                    }
                    woken = false;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Sends every house's due emails; returns how long until the next one is. */
    private Duration deliverDueInEachHouse() {
        Duration[] soonest = {settings.pollInterval()};
        houses.forEach(() -> {
            Duration untilNext = deliverDue();
            if (untilNext.compareTo(soonest[0]) < 0) {
                soonest[0] = untilNext;
            }
        });
        return soonest[0];
    }

    /** Sends every email of the current house that is due; returns how long until its next one is. */
    private Duration deliverDue() {
        List<Claimed> batch;
        do {
            batch = claimDue();
            batch.forEach(this::deliver);
        } while (batch.size() == BATCH && running);
        Double seconds = jdbc.sql("""
                SELECT extract(epoch FROM min(next_attempt_at) - now()) FROM web.mail_outbox WHERE status = 'PENDING'""")
            .query(Double.class).optional().orElse(null);
        if (seconds == null) {
            return settings.pollInterval();
        }
        Duration untilNext = Duration.ofMillis((long) Math.ceil(Math.max(0, seconds) * 1000));
        return untilNext.compareTo(settings.pollInterval()) < 0 ? untilNext : settings.pollInterval();
    }

    /** Takes the due emails for this instance, until its claim ends (if it stops while sending, another retries). */
    private List<Claimed> claimDue() {
        return jdbc.sql("""
                UPDATE web.mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => :claim)
                 WHERE id IN (SELECT id FROM web.mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= now()
                               ORDER BY next_attempt_at, id LIMIT :batch FOR UPDATE SKIP LOCKED)
                RETURNING id, recipient, subject, body, attachment_name, attachment_type, attachment, attempts""")
            .param("claim", (double) settings.claim().toSeconds()).param("batch", BATCH)
            .query((row, n) -> new Claimed(row.getLong("id"), row.getString("recipient"), row.getString("subject"),
                row.getString("body"), row.getString("attachment_name"), row.getString("attachment_type"),
                row.getBytes("attachment"), row.getInt("attempts")))
            .list();
    }

    private void deliver(Claimed mail) {
        try {
            send(mail);
        } catch (MailException | MessagingException e) {
            failed(mail, e);
            return;
        }
        jdbc.sql("DELETE FROM web.mail_outbox WHERE id = :id").param("id", mail.id()).update();
    }

    private void send(Claimed mail) throws MessagingException {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            LOG.info("No SMTP server configured; email to {}{}:\nSubject: {}\n\n{}", mail.recipient(),
                mail.attachment() == null ? "" : " with " + mail.attachmentName() + " attached", mail.subject(), mail.body());
            return;
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.attachment() != null, "UTF-8");
        helper.setFrom(web.mailFrom());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body());
        if (mail.attachment() != null) {
            helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.attachment()), mail.attachmentType());
        }
        sender.send(message);
    }

    private void failed(Claimed mail, Exception e) {
        String error = abbreviate(reason(e));
        if (settings.givesUpAfter(mail.attempts())) {
            LOG.error("Gave up sending '{}' to {} after {} attempts: {}. An admin can send it again from /admin/mail.",
                mail.subject(), mail.recipient(), mail.attempts(), error);
            jdbc.sql("UPDATE web.mail_outbox SET status = 'FAILED', last_error = :error WHERE id = :id")
                .param("error", error).param("id", mail.id()).update();
        } else {
            Duration delay = settings.delayAfter(mail.attempts());
            LOG.warn("Could not send '{}' to {} (attempt {}): {}. Next attempt in {}.", mail.subject(), mail.recipient(),
                mail.attempts(), error, delay);
            jdbc.sql("""
                    UPDATE web.mail_outbox SET next_attempt_at = now() + make_interval(secs => :delay), last_error = :error
                     WHERE id = :id""")
                .param("delay", delay.toMillis() / 1000.0).param("error", error).param("id", mail.id()).update();
        }
    }

    /** What an admin can act on: the innermost cause, and which mail server was asked. */
    private String reason(Exception e) {
        String cause = String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage()).strip();
        return smtp.getIfAvailable() instanceof JavaMailSenderImpl server
            ? cause + " (" + server.getHost() + ":" + server.getPort() + ")" : cause;
    }

    private static String abbreviate(String message) {
        return message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
    }
}
