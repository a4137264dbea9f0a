package coop.toitcommun.web.mail;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;

import coop.toitcommun.membership.AccountView;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Credentials;
import coop.toitcommun.membership.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The house's emails in each recipient's language: the subject and body are the messages
 * {@code <key>.subject} and {@code <key>.body}, formatted with the same arguments; dates are written in the
 * house's zone, the way the recipient's language writes them.
 */
@Component
public class Mails {

    /** A file sent with the email, such as a convocation's PDF. */
    public record Attachment(String name, byte[] content, String contentType) {
    }

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Accounts accounts;
    private final ZoneId zone;

    Mails(MailOutbox outbox, MessageSource messages, Accounts accounts, ZoneId zone) {
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
        this.zone = zone;
    }

    /**
     * Writes the email and stores it in the outbox in the current transaction: it leaves once the transaction
     * commits (and never if it rolls back), with retries if the mail server does not answer.
     */
    public void send(String to, Language language, String key, Object... arguments) {
        outbox.store(to, subject(key, language, arguments), body(key, language, arguments), null);
    }

    /** The same, with a file attached. */
    public void send(String to, Language language, String key, Attachment attachment, Object... arguments) {
        outbox.store(to, subject(key, language, arguments), body(key, language, arguments), attachment);
    }

    /** The language a person chose for their account; French for someone without an account. */
    public Language languageOf(long personId) {
        return accounts.find(personId).map(AccountView::language).orElse(Language.DEFAULT);
    }

    /** The same, known only by email address. */
    public Language languageOf(String email) {
        return accounts.credentials(email).map(Credentials::language).orElse(Language.DEFAULT);
    }

    /** A message to put inside an email, such as the name of a circle. */
    public String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }

    public String date(Instant instant, Language language) {
        return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG), instant.atZone(zone), language);
    }

    public String dateTime(Instant instant, Language language) {
        return dateTime(instant.atZone(zone), language);
    }

    /** A date and time of the house (meetings keep local times). */
    public String dateTime(LocalDateTime houseTime, Language language) {
        return dateTime(houseTime.atZone(zone), language);
    }

    public String dateTime(ZonedDateTime time, Language language) {
        return format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT), time.withZoneSameInstant(zone), language);
    }

    private String subject(String key, Language language, Object[] arguments) {
        return messages.getMessage(key + ".subject", arguments, language.locale());
    }

    private String body(String key, Language language, Object[] arguments) {
        return messages.getMessage(key + ".body", arguments, language.locale());
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor time, Language language) {
        return formatter.withLocale(language.locale()).format(time);
    }
}
