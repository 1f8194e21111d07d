package co.rumbo.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox every minute ({@code rumbo.mail.every}). Without an SMTP server configured
 * ({@code spring.mail.host}) there is no {@link JavaMailSender} and mails simply wait in the outbox.
 */
@Component
class OutboxJob {

    private final OutboxSender sender;
    private final ObjectProvider<JavaMailSender> mail;

    OutboxJob(OutboxSender sender, ObjectProvider<JavaMailSender> mail) {
        this.sender = sender;
        this.mail = mail;
    }

    @Scheduled(fixedDelayString = "${rumbo.mail.every:PT1M}", initialDelayString = "${rumbo.mail.first:PT30S}")
    void run() {
        JavaMailSender smtp = mail.getIfAvailable();
        if (smtp != null) {
            sender.sendLocked(smtp);
        }
    }
}
