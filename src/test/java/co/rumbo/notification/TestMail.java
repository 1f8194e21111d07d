package co.rumbo.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Runs the outbox's sender against a test SMTP server (GreenMail) or a dead one, for tests of any
 * module that mails people. The test context has no SMTP server configured, so the scheduled job never
 * sends by itself: tests decide when mail goes out.
 */
public final class TestMail {

    private TestMail() {}

    /** A client of the SMTP server on {@code port} of this machine. */
    public static JavaMailSenderImpl smtp(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("localhost");
        mail.setPort(port);
        mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        mail.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return mail;
    }

    /** A client of a port where nothing listens: every send fails, as with an SMTP server that is down. */
    public static JavaMailSenderImpl deadSmtp() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return smtp(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends every due mail of the outbox (every organization's) to GreenMail; returns how many. */
    public static int deliver(ApplicationContext context, GreenMailExtension greenMail) {
        return context.getBean(OutboxSender.class).send(smtp(greenMail.getSmtp().getPort()));
    }

    /** Runs the sender as the scheduled job does, taking the job's ShedLock lock first. */
    public static Optional<Integer> deliverAsTheJob(ApplicationContext context, GreenMailExtension greenMail) {
        return context.getBean(OutboxSender.class)
                .sendLocked(smtp(greenMail.getSmtp().getPort()));
    }

    /** Tries to send every due mail to an SMTP server that is down. */
    public static int deliverToDeadServer(ApplicationContext context) {
        return context.getBean(OutboxSender.class).send(deadSmtp());
    }

    /** The messages GreenMail received for {@code recipient}. */
    public static List<MimeMessage> receivedBy(GreenMailExtension greenMail, String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The text of a plain-text message. */
    public static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
