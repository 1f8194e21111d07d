package co.rumbo.meetings;

import co.rumbo.calendar.BusinessCalendar;
import co.rumbo.identity.Role;
import co.rumbo.identity.Users;
import co.rumbo.notification.Notifications;
import co.rumbo.organization.OrganizationCalendars;
import co.rumbo.platform.web.Formats;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails the people of an overdue commitment: the person responsible (their e-mail) and the leaders of
 * the office. Once when it becomes overdue, then once a week while it stays pending: week {@code n} of
 * being overdue (days overdue 1–7 are week 0, 8–14 week 1, …) has its own dedupe key per commitment and
 * recipient, so a job that runs twice, or every day, mails each person once a week at most. Mail goes out
 * on the organization's business days only: a commitment that falls due on a Friday is reminded on
 * Monday (or the next business day).
 *
 * <p>A daily job at 07:00 in Bogotá ({@code rumbo.meetings.reminders-cron}), once across instances
 * (ShedLock).
 */
@Component
class CommitmentReminders {

    static final String LOCK = "meetings-commitment-reminders";

    private static final Logger log = LoggerFactory.getLogger(CommitmentReminders.class);

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Users users;
    private final OrganizationCalendars calendars;
    private final MeetingAccess access;
    private final TransactionTemplate tx;

    CommitmentReminders(
            JdbcClient jdbc,
            Notifications notifications,
            Users users,
            OrganizationCalendars calendars,
            MeetingAccess access,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.users = users;
        this.calendars = calendars;
        this.access = access;
        this.tx = tx;
    }

    @Scheduled(cron = "${rumbo.meetings.reminders-cron:0 0 7 * * *}", zone = "America/Bogota")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    public void run() {
        int sent = remind(LocalDate.now(Formats.BOGOTA));
        if (sent > 0) {
            log.info("Recordatorios de compromisos vencidos: {} correos en la bandeja de salida", sent);
        }
    }

    private record Overdue(
            UUID id,
            UUID organizationId,
            UUID officeId,
            String description,
            String responsibleName,
            String responsibleEmail,
            LocalDate dueDate,
            LocalDate meetingDate) {}

    /** Enqueues the reminders due on {@code today}; returns how many mails were new. */
    int remind(LocalDate today) {
        List<Overdue> overdue = jdbc.sql("""
                        select c.id, c.organization_id, c.office_id, c.description, c.responsible_name,
                               c.responsible_email, c.due_date, m.starts_at
                        from meeting_commitment c join meeting m on m.id = c.meeting_id
                        where c.state = 'PENDIENTE' and c.due_date < ?
                        order by c.organization_id, c.due_date""")
                .param(today)
                .query((rs, n) -> new Overdue(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getObject(8, OffsetDateTime.class)
                                .atZoneSameInstant(Formats.BOGOTA)
                                .toLocalDate()))
                .list();
        Map<UUID, List<Overdue>> byOrganization = new LinkedHashMap<>();
        overdue.forEach(c -> byOrganization
                .computeIfAbsent(c.organizationId(), k -> new java.util.ArrayList<>())
                .add(c));
        int sent = 0;
        for (Map.Entry<UUID, List<Overdue>> org : byOrganization.entrySet()) {
            BusinessCalendar calendar = calendars.calendar(org.getKey());
            if (!calendar.isBusinessDay(today)) {
                continue;
            }
            Integer n = tx.execute(status -> remind(org.getKey(), org.getValue(), today));
            sent += n == null ? 0 : n;
        }
        return sent;
    }

    private int remind(UUID org, List<Overdue> commitments, LocalDate today) {
        Map<UUID, String> offices = access.officeNames(org);
        int sent = 0;
        for (Overdue c : commitments) {
            long days = ChronoUnit.DAYS.between(c.dueDate(), today);
            long week = (days - 1) / 7;
            Set<String> recipients = new LinkedHashSet<>();
            if (c.responsibleEmail() != null) {
                recipients.add(c.responsibleEmail().toLowerCase());
            }
            users.emailsOf(org, c.officeId(), Role.LIDER).forEach(e -> recipients.add(e.toLowerCase()));
            String office = offices.getOrDefault(c.officeId(), "la dependencia");
            String subject = "Compromiso vencido: " + shorten(c.description());
            String body = "El compromiso de la reunión bilateral del "
                    + c.meetingDate().format(Meetings.DATE)
                    + " con " + office + " venció el " + c.dueDate().format(Meetings.DATE) + " (hace " + days
                    + (days == 1 ? " día" : " días") + ") y no se ha registrado como cumplido.\n\n"
                    + "Compromiso: " + c.description() + "\n"
                    + "Responsable: " + c.responsibleName() + "\n\n"
                    + "Cuando se cumpla, el líder de la dependencia o el responsable lo registra en Rumbo"
                    + " (Reuniones → Compromisos) con una nota de lo entregado. Mientras siga pendiente, este"
                    + " recordatorio se repite cada semana.\n";
            for (String email : recipients) {
                String key = "meetings:commitment:" + c.id() + ":overdue-week:" + week + ":" + email;
                if (notifications.enqueueOnce(org, key, email, subject, body)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }
}
