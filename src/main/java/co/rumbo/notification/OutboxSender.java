package co.rumbo.notification;

import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due mails of the outbox, one transaction per mail: the row is claimed with {@code for update
 * skip locked}, sent, and marked sent or failed before the next one. A failure adds an attempt, keeps
 * the error and makes the mail due again after 1, 2, 4 … minutes, at most 6 hours; after {@value
 * #FAILED_AFTER} attempts it is marked failed, and still retried every 6 hours. Three failures in a row
 * end the run: the SMTP server is probably down, and the other mails simply wait for the next run.
 *
 * <p>The delivery is at least once: if the database fails after the SMTP server accepted a mail, that
 * mail is sent again on the next run. Losing a mail would be worse than sending it twice.
 */
@Component
class OutboxSender {

    static final String LOCK = "mail-outbox";
    static final int FAILED_AFTER = 10;
    static final int BATCH = 200;
    private static final int FAILURES_IN_A_ROW = 3;
    private static final int MAX_ERROR = 2000;

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final String from;

    OutboxSender(JdbcClient jdbc, TransactionTemplate tx, @Value("${rumbo.mail.from:rumbo@localhost}") String from) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.from = from;
    }

    /**
     * Sends what is due, unless another instance is sending now (ShedLock).
     *
     * @return how many mails were sent, or empty when another instance holds the lock
     */
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT15M")
    public Optional<Integer> sendLocked(JavaMailSender sender) {
        return Optional.of(send(sender));
    }

    private record Pending(long id, String recipient, String subject, String body) {}

    private enum Outcome {
        SENT,
        FAILED,
        NOTHING_DUE
    }

    /** Sends what is due with {@code sender} (without the job lock); returns how many were sent. */
    int send(JavaMailSender sender) {
        int sent = 0;
        int failedInARow = 0;
        for (int i = 0; i < BATCH && failedInARow < FAILURES_IN_A_ROW; i++) {
            Outcome outcome = tx.execute(status -> sendNext(sender));
            if (outcome == Outcome.NOTHING_DUE) {
                break;
            }
            if (outcome == Outcome.SENT) {
                sent++;
                failedInARow = 0;
            } else {
                failedInARow++;
            }
        }
        return sent;
    }

    private Outcome sendNext(JavaMailSender sender) {
        Optional<Pending> next = jdbc.sql("""
                        select id, recipient, subject, body from mail_outbox
                        where sent_at is null and discarded_at is null and next_attempt_at <= now()
                        order by next_attempt_at, id limit 1
                        for update skip locked""")
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
        if (next.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        Pending p = next.get();
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(p.recipient());
            message.setSubject(p.subject());
            message.setText(p.body());
            sender.send(message);
        } catch (RuntimeException e) {
            String error = describe(e);
            log.warn("No se pudo enviar el correo {} a {}: {}", p.id(), p.recipient(), error);
            jdbc.sql("""
                            update mail_outbox set attempts = attempts + 1, last_error = ?,
                                next_attempt_at = now() + least(interval '1 minute' * power(2, least(attempts, 12)),
                                                                interval '6 hours'),
                                failed_at = case when failed_at is null and attempts + 1 >= ? then now()
                                                 else failed_at end
                            where id = ?""").params(error, FAILED_AFTER, p.id()).update();
            return Outcome.FAILED;
        }
        jdbc.sql("update mail_outbox set sent_at = now(), attempts = attempts + 1 where id = ?")
                .param(p.id())
                .update();
        return Outcome.SENT;
    }

    /** The exception and its causes, for a person to read on the outbox page. */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < MAX_ERROR; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) text.append(" ← ");
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) text.append(": ").append(t.getMessage());
        }
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text.toString();
    }
}
