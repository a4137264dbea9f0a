package coop.toitcommun.web.mail;

import coop.toitcommun.web.WebSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.stereotype.Component;

/**
 * Sends the house's emails through SMTP when {@code spring.mail.host} is set; without it, writes them to the
 * log so that a trial installation still shows its invitation links.
 */
@Component
public class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

    private final ObjectProvider<JavaMailSender> smtp;
    private final WebSettings settings;

    MailOutbox(ObjectProvider<JavaMailSender> smtp, WebSettings settings) {
        this.smtp = smtp;
        this.settings = settings;
    }

    public void send(String to, String subject, String body) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            LOG.info("No SMTP server configured; email to {}:\nSubject: {}\n\n{}", to, subject, body);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
        } catch (MailException e) {
            LOG.error("Could not send the email '{}' to {}", subject, to, e);
        }
    }

    /** An email with one attached file (a convocation's PDF). */
    public void send(String to, String subject, String body, String attachmentName, byte[] attachment, String contentType) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            LOG.info("No SMTP server configured; email to {} with {} attached:\nSubject: {}\n\n{}", to, attachmentName, subject, body);
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.mailFrom());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body);
            helper.addAttachment(attachmentName, new ByteArrayResource(attachment), contentType);
            sender.send(message);
        } catch (MessagingException | MailException e) {
            LOG.error("Could not send the email '{}' to {}", subject, to, e);
        }
    }
}
