package coop.toitcommun.web.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real SMTP server (GreenMail) per test JVM, on a free port that stays the same when a test stops the
 * server and starts it again (a new, empty one).
 */
public final class TestMailServer {

    private static GreenMail server;
    private static int port;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(port == 0 ? ServerSetupTest.SMTP.dynamicPort() : ServerSetupTest.SMTP.port(port));
            server.start();
            if (port == 0) {
                port = server.getSmtp().getPort();
                Runtime.getRuntime().addShutdownHook(new Thread(TestMailServer::stop));
            }
        }
        return server;
    }

    /** The mail server goes away: connections to its port are refused until {@link #get()} starts a new one. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages sent to one address, waiting up to five seconds for at least {@code count} of them. */
    public static List<Message> messagesTo(String address, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            List<Message> messages = Arrays.stream(get().getReceivedMessages())
                .filter(message -> sentTo(message, address)).map(Message.class::cast).toList();
            if (messages.size() >= count || System.nanoTime() > deadline) {
                return messages;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return messages;
            }
        }
    }

    /** The message to that address with that subject, waiting up to five seconds for it. */
    public static Message withSubject(String address, String subject) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            for (Message message : messagesTo(address, 0)) {
                if (subject.equals(subjectOf(message))) {
                    return message;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No email to " + address + " with the subject " + subject + " among "
            + messagesTo(address, 0).stream().map(TestMailServer::subjectOf).toList());
    }

    private static String subjectOf(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(Message message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("\r\n", "\n");
    }

    private static boolean sentTo(Message message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + get().getSmtp().getPort()
            ).applyTo(context);
        }
    }
}
