package co.rumbo.notification;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification module's face: e-mail through the outbox.
 *
 * <p>{@link #enqueue} and {@link #enqueueOnce} join the caller's transaction: the mail is written with
 * the business change and exists only if that change is committed. A scheduled job sends it later (at
 * once when the SMTP server answers, after growing delays when it does not); the caller never waits for
 * the SMTP server and never sees its errors.
 */
@Service
public class Notifications {

    /** A deliberately plain check: one address, no spaces or line breaks (no header injection). */
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s,;<>]+@[^@\\s,;<>]+$");

    static final int MAX_SUBJECT = 300;

    private static final String COLUMNS = """
            id, recipient, subject, body, dedupe_key, created_at, next_attempt_at, sent_at, attempts,
            last_error, failed_at, discarded_at, discarded_by""";

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enqueues a mail to one recipient, in the caller's transaction. */
    @Transactional
    public void enqueue(UUID organizationId, String recipient, String subject, String body) {
        insert(organizationId, null, recipient, subject, body);
    }

    /**
     * Enqueues a mail unless one with the same {@code dedupeKey} was already enqueued in the
     * organization (sent or not), in the caller's transaction. Jobs use it so that running twice (two
     * instances, a restart, a retry) mails people once. The key names what the mail is about and for
     * whom, e.g. {@code "meetings:commitment:<id>:overdue:2026-10-05:<e-mail>"}.
     *
     * @return whether the mail is new ({@code false}: it had been enqueued before, nothing was written)
     */
    @Transactional
    public boolean enqueueOnce(UUID organizationId, String dedupeKey, String recipient, String subject, String body) {
        if (dedupeKey == null || dedupeKey.isBlank()) {
            throw new IllegalArgumentException("dedupeKey is required");
        }
        return insert(organizationId, dedupeKey.strip(), recipient, subject, body);
    }

    private boolean insert(UUID organizationId, String dedupeKey, String recipient, String subject, String body) {
        if (organizationId == null) {
            throw new IllegalArgumentException("organizationId is required");
        }
        String to = recipient == null ? "" : recipient.strip();
        if (!ADDRESS.matcher(to).matches()) {
            throw new IllegalArgumentException("Not one e-mail address: " + recipient);
        }
        String cleanSubject =
                subject == null ? "" : subject.replaceAll("[\\r\\n]+", " ").strip();
        if (cleanSubject.isEmpty()) {
            throw new IllegalArgumentException("subject is required");
        }
        if (cleanSubject.length() > MAX_SUBJECT) {
            cleanSubject = cleanSubject.substring(0, MAX_SUBJECT - 1) + "…";
        }
        return jdbc.sql("""
                                insert into mail_outbox (organization_id, dedupe_key, recipient, subject, body)
                                values (?, ?, ?, ?, ?)
                                on conflict (organization_id, dedupe_key) do nothing""")
                        .params(organizationId, dedupeKey, to, cleanSubject, body == null ? "" : body)
                        .update()
                == 1;
    }

    /** The organization's mails in {@code state} (all when {@code null}), newest first. */
    @Transactional(readOnly = true)
    public PageResult<OutboxMail> list(CurrentUser user, MailState state, int page, int size) {
        UUID org = requireManager(user);
        String where = " where organization_id = :org" + condition(state);
        long total = jdbc.sql("select count(*) from mail_outbox" + where)
                .param("org", org)
                .query(Long.class)
                .single();
        List<OutboxMail> items = jdbc.sql("select " + COLUMNS + " from mail_outbox" + where
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .param("org", org)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Notifications::mail)
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** How many mails of the organization are in each state. */
    @Transactional(readOnly = true)
    public Map<MailState, Long> counts(CurrentUser user) {
        UUID org = requireManager(user);
        Map<MailState, Long> counts = new EnumMap<>(MailState.class);
        for (MailState s : MailState.values()) {
            counts.put(
                    s,
                    jdbc.sql("select count(*) from mail_outbox where organization_id = :org" + condition(s))
                            .param("org", org)
                            .query(Long.class)
                            .single());
        }
        return counts;
    }

    /** One mail of the organization. */
    @Transactional(readOnly = true)
    public OutboxMail get(CurrentUser user, long id) {
        UUID org = requireManager(user);
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where organization_id = ? and id = ?")
                .params(org, id)
                .query(Notifications::mail)
                .optional()
                .orElseThrow(() -> new NotFoundException("El correo no existe"));
    }

    /** Makes a pending or failed mail due now (after the SMTP server was fixed, say). */
    @Transactional
    public void retryNow(CurrentUser user, long id) {
        OutboxMail mail = get(user, id);
        if (mail.state() == MailState.ENVIADO || mail.state() == MailState.DESCARTADO) {
            throw new BusinessRuleException(
                    "El correo ya está " + mail.state().label().toLowerCase() + ".");
        }
        jdbc.sql("update mail_outbox set next_attempt_at = now() where organization_id = ? and id = ?")
                .params(requireManager(user), id)
                .update();
    }

    /** Sets a mail that was not sent aside for good (a wrong address); it stays on record. */
    @Transactional
    public void discard(CurrentUser user, long id) {
        OutboxMail mail = get(user, id);
        if (mail.state() == MailState.ENVIADO || mail.state() == MailState.DESCARTADO) {
            throw new BusinessRuleException(
                    "El correo ya está " + mail.state().label().toLowerCase() + ".");
        }
        jdbc.sql("""
                        update mail_outbox set discarded_at = now(), discarded_by = ?
                        where organization_id = ? and id = ? and sent_at is null""").params(user.username(), requireManager(user), id).update();
    }

    private static String condition(MailState state) {
        if (state == null) return "";
        return switch (state) {
            case ENVIADO -> " and sent_at is not null";
            case DESCARTADO -> " and sent_at is null and discarded_at is not null";
            case FALLIDO -> " and sent_at is null and discarded_at is null and failed_at is not null";
            case PENDIENTE -> " and sent_at is null and discarded_at is null and failed_at is null";
        };
    }

    private static UUID requireManager(CurrentUser user) {
        UUID org = user.requireOrganization();
        if (!user.hasAny(Role.PLANEACION, Role.ADMIN)) {
            throw new ForbiddenException("Solo planeación ve los correos de la entidad");
        }
        return org;
    }

    private static OutboxMail mail(ResultSet rs, int n) throws SQLException {
        return new OutboxMail(
                rs.getLong("id"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("dedupe_key"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("next_attempt_at")),
                instant(rs.getTimestamp("sent_at")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                instant(rs.getTimestamp("failed_at")),
                instant(rs.getTimestamp("discarded_at")),
                rs.getString("discarded_by"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
