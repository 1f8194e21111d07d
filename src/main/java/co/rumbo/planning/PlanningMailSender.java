package co.rumbo.planning;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the planning outbox. Each run claims a batch with {@code for update skip locked}, so several
 * instances never send the same mail (no ShedLock needed); a failure is counted and retried up to
 * five times. Without an SMTP server configured ({@code spring.mail.host}) mails simply wait.
 */
@Component
class PlanningMailSender {

    private static final Logger log = LoggerFactory.getLogger(PlanningMailSender.class);
    private static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate tx;
    private final String from;

    PlanningMailSender(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mail,
            TransactionTemplate tx,
            @org.springframework.beans.factory.annotation.Value("${rumbo.mail.from:rumbo@localhost}") String from) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.tx = tx;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${rumbo.mail.every:PT1M}", initialDelayString = "PT30S")
    void run() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender != null) {
            send(sender);
        }
    }

    record Pending(long id, String recipient, String subject, String body) {}

    /** Sends what is pending with {@code sender}; returns how many were sent. */
    int send(JavaMailSender sender) {
        Integer sent = tx.execute(status -> {
            List<Pending> batch = jdbc.sql("""
                            select id, recipient, subject, body from planning_mail_outbox
                            where sent_at is null and attempts < ? order by id limit 50
                            for update skip locked""")
                    .param(MAX_ATTEMPTS)
                    .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .list();
            int ok = 0;
            for (Pending p : batch) {
                try {
                    SimpleMailMessage message = new SimpleMailMessage();
                    message.setFrom(from);
                    message.setTo(p.recipient());
                    message.setSubject(p.subject());
                    message.setText(p.body());
                    sender.send(message);
                    jdbc.sql("update planning_mail_outbox set sent_at = now(), attempts = attempts + 1 where id = ?")
                            .param(p.id())
                            .update();
                    ok++;
                } catch (MailException e) {
                    log.warn("No se pudo enviar el correo {} a {}: {}", p.id(), p.recipient(), e.getMessage());
                    jdbc.sql("update planning_mail_outbox set attempts = attempts + 1, last_error = ? where id = ?")
                            .params(String.valueOf(e.getMessage()), p.id())
                            .update();
                }
            }
            return ok;
        });
        return sent == null ? 0 : sent;
    }
}
