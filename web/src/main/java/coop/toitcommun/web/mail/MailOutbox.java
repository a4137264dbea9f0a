package coop.toitcommun.web.mail;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import coop.toitcommun.membership.Accounts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The house's outgoing emails, stored in PostgreSQL ({@code web.mail_outbox}) in the transaction of the decision
 * that causes them: a decision rolled back sends nothing, a decision committed loses nothing, even if the mail
 * server or the application is down. {@link MailDelivery} sends them once the transaction has committed. What failed
 * every attempt is the admins' to read, send again or discard (membership says who is an admin).
 */
@Component
class MailOutbox {

    /** An email that failed every attempt, as admins see it. */
    record FailedMail(long id, String recipient, String subject, ZonedDateTime createdAt, int attempts, String lastError) {
    }

    private final JdbcClient jdbc;
    private final MailDelivery delivery;
    private final Accounts accounts;
    private final ZoneId zone;

    MailOutbox(JdbcClient jdbc, MailDelivery delivery, Accounts accounts, ZoneId zone) {
        this.jdbc = jdbc;
        this.delivery = delivery;
        this.accounts = accounts;
        this.zone = zone;
    }

    /** Stores the email in the current transaction (or on its own without one); it leaves after the commit. */
    void store(String to, String subject, String body, Mails.Attachment attachment) {
        jdbc.sql("""
                INSERT INTO web.mail_outbox (recipient, subject, body, attachment_name, attachment_type, attachment)
                VALUES (:to, :subject, :body, :name, :type, :content)""")
            .param("to", to).param("subject", subject).param("body", body)
            .param("name", attachment == null ? null : attachment.name())
            .param("type", attachment == null ? null : attachment.contentType())
            .param("content", attachment == null ? null : attachment.content())
            .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.wake();
                }
            });
        } else {
            delivery.wake();
        }
    }

    Page<FailedMail> failed(long adminId, Pageable pageable) {
        accounts.checkIsAdmin(adminId);
        List<FailedMail> page = jdbc.sql("""
                SELECT id, recipient, subject, created_at, attempts, last_error FROM web.mail_outbox
                 WHERE status = 'FAILED' ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
            .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
            .query((row, n) -> new FailedMail(row.getLong("id"), row.getString("recipient"), row.getString("subject"),
                row.getTimestamp("created_at").toInstant().atZone(zone), row.getInt("attempts"), row.getString("last_error")))
            .list();
        return new PageImpl<>(page, pageable, count("FAILED"));
    }

    /** Emails still to be sent (including those waiting for another attempt). */
    long waiting() {
        return count("PENDING");
    }

    long failedCount() {
        return count("FAILED");
    }

    /** Gives a failed email a fresh series of attempts, starting now; false if it was not failed any more. */
    boolean sendAgain(long adminId, long id) {
        accounts.checkIsAdmin(adminId);
        int updated = jdbc.sql("""
                UPDATE web.mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = now()
                 WHERE id = :id AND status = 'FAILED'""")
            .param("id", id).update();
        delivery.wake();
        return updated == 1;
    }

    int sendAllAgain(long adminId) {
        accounts.checkIsAdmin(adminId);
        int updated = jdbc.sql("UPDATE web.mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = now() WHERE status = 'FAILED'")
            .update();
        delivery.wake();
        return updated;
    }

    /** Deletes a failed email for good; false if it was not failed any more. */
    boolean discard(long adminId, long id) {
        accounts.checkIsAdmin(adminId);
        return jdbc.sql("DELETE FROM web.mail_outbox WHERE id = :id AND status = 'FAILED'").param("id", id).update() == 1;
    }

    private long count(String status) {
        return jdbc.sql("SELECT count(*) FROM web.mail_outbox WHERE status = :status").param("status", status)
            .query(Long.class).single();
    }
}
