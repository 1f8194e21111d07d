package co.rumbo.tracking;

import co.rumbo.calendar.BusinessCalendar;
import co.rumbo.calendar.SpanishNames;
import co.rumbo.identity.Role;
import co.rumbo.identity.Users;
import co.rumbo.notification.Notifications;
import co.rumbo.organization.OrganizationCalendars;
import co.rumbo.platform.web.Formats;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails the offices about the deadline of their capture sheet (PE-P-004 step 3): a reminder {@code n}
 * business days before the deadline of an open period ({@link CaptureSettings#reminderDays()}, 3 by
 * default) while the sheet is still owed (a draft, or returned and not sent again), and a notice on the
 * first business day after the deadline when it still is. To the office's leaders (LIDER) and liaisons
 * (ENLACE) who are active and have an e-mail: never to other offices or organizations. Only on the
 * organization's business days (its calendar: Colombian holidays and its own non-working days); which
 * days exactly, and the catch-up after a day the job did not run, are in {@link ReminderDays}.
 *
 * <p>Once: every mail has a dedupe key per period, office, kind and recipient
 * ({@code tracking:report:2026-03:<office>:before-deadline:<e-mail>}) in the outbox, so a job that runs
 * twice (two instances, a restart, the catch-up days) mails each person once.
 *
 * <p>A daily job at 07:15 in Bogotá ({@code rumbo.tracking.reminders-cron}), once across instances
 * (ShedLock). {@link #remind(LocalDate)} takes the day, for tests.
 */
@Component
class CaptureReminders {

    static final String LOCK = "tracking-capture-reminders";

    private static final Logger log = LoggerFactory.getLogger(CaptureReminders.class);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale ES = Formats.ES_CO;
    /** The outbox's own check of one address: a bad one must not roll back the organization's mails. */
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s,;<>]+@[^@\\s,;<>]+$");

    enum Kind {
        BEFORE_DEADLINE("before-deadline"),
        OVERDUE("overdue");

        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    private final CapturePeriods periods;
    private final ProgressReports reports;
    private final Users users;
    private final Notifications notifications;
    private final OrganizationCalendars calendars;
    private final TransactionTemplate tx;

    CaptureReminders(
            CapturePeriods periods,
            ProgressReports reports,
            Users users,
            Notifications notifications,
            OrganizationCalendars calendars,
            TransactionTemplate tx) {
        this.periods = periods;
        this.reports = reports;
        this.users = users;
        this.notifications = notifications;
        this.calendars = calendars;
        this.tx = tx;
    }

    @Scheduled(cron = "${rumbo.tracking.reminders-cron:0 15 7 * * *}", zone = "America/Bogota")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    public void run() {
        int sent = remind(LocalDate.now(Formats.BOGOTA));
        if (sent > 0) {
            log.info("Recordatorios de plazos de captura: {} correos en la bandeja de salida", sent);
        }
    }

    /** Enqueues the reminders and notices due on {@code today}; returns how many mails were new. */
    int remind(LocalDate today) {
        // reminders up to 30 business days ahead (about 45 calendar days), notices a few days behind
        List<CapturePeriods.DuePeriod> due = periods.openPeriodsDueBetween(today.minusDays(20), today.plusDays(60));
        Map<UUID, List<CapturePeriods.DuePeriod>> byOrganization = new LinkedHashMap<>();
        due.forEach(p -> byOrganization
                .computeIfAbsent(p.organizationId(), k -> new java.util.ArrayList<>())
                .add(p));
        int sent = 0;
        for (Map.Entry<UUID, List<CapturePeriods.DuePeriod>> org : byOrganization.entrySet()) {
            BusinessCalendar calendar = calendars.calendar(org.getKey());
            if (!calendar.isBusinessDay(today)) {
                continue;
            }
            try {
                Integer n = tx.execute(status -> remind(org.getKey(), calendar, org.getValue(), today));
                sent += n == null ? 0 : n;
            } catch (RuntimeException e) {
                // one organization's problem (a malformed e-mail address, say) must not stop the others
                log.warn("Recordatorios de captura de la entidad {}: {}", org.getKey(), e.getMessage(), e);
            }
        }
        return sent;
    }

    private int remind(UUID org, BusinessCalendar calendar, List<CapturePeriods.DuePeriod> due, LocalDate today) {
        int reminderDays = periods.settings(org).reminderDays();
        int sent = 0;
        for (CapturePeriods.DuePeriod period : due) {
            Kind kind;
            if (ReminderDays.remindOn(calendar, period.deadline(), reminderDays, today)) {
                kind = Kind.BEFORE_DEADLINE;
            } else if (ReminderDays.noticeOn(calendar, period.deadline(), today)) {
                kind = Kind.OVERDUE;
            } else {
                continue;
            }
            for (SheetSummary sheet : reports.sheets(org, period.period())) {
                if (!sheet.state().pending() || sheet.notReported()) {
                    continue;
                }
                Set<String> recipients = new LinkedHashSet<>();
                users.emailsOf(org, sheet.officeId(), Role.LIDER)
                        .forEach(e -> recipients.add(e.strip().toLowerCase()));
                users.emailsOf(org, sheet.officeId(), Role.ENLACE)
                        .forEach(e -> recipients.add(e.strip().toLowerCase()));
                String subject = subject(kind, sheet);
                String body = body(kind, sheet);
                for (String email : recipients) {
                    if (!ADDRESS.matcher(email).matches()) {
                        log.warn("Recordatorio de captura no enviado a una dirección inválida: {}", email);
                        continue;
                    }
                    String key =
                            "tracking:report:" + sheet.period() + ":" + sheet.officeId() + ":" + kind.key + ":" + email;
                    if (notifications.enqueueOnce(org, key, email, subject, body)) {
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    static String subject(Kind kind, SheetSummary sheet) {
        return switch (kind) {
            case BEFORE_DEADLINE ->
                "Recordatorio: la hoja de captura de " + SpanishNames.periodInSentence(sheet.period()) + " vence el "
                        + sheet.deadline().format(DMY);
            case OVERDUE ->
                "Hoja de captura vencida: " + sheet.officeName() + ", " + SpanishNames.periodInSentence(sheet.period());
        };
    }

    static String body(Kind kind, SheetSummary sheet) {
        String period = SpanishNames.periodInSentence(sheet.period());
        String deadline = sheet.deadline().getDayOfWeek().getDisplayName(TextStyle.FULL, ES) + " "
                + sheet.deadline().format(DMY);
        String progress = sheet.filled() + " de " + sheet.rows() + (sheet.rows() == 1 ? " meta" : " metas")
                + " con valor ejecutado";
        String state = sheet.state() == ReportState.DEVUELTO
                ? "Planeación la devolvió con observaciones y aún no se ha enviado de nuevo (" + progress + ")."
                : "Aún no se ha enviado a planeación (está en borrador, " + progress + ").";
        String how = "El enlace o el líder de la dependencia diligencia las filas en Rumbo (Captura → hoja de "
                + period + "): el valor ejecutado de cada meta, la descripción de lo realizado y las evidencias;"
                + " el líder la envía a planeación.";
        return switch (kind) {
            case BEFORE_DEADLINE ->
                "La hoja de captura de " + sheet.officeName() + " para " + period
                        + " vence el " + deadline + ".\n\n" + state + "\n\n" + how
                        + "\n\nEste es un recordatorio automático de Rumbo; si la hoja ya se envió, ignórelo.\n";
            case OVERDUE ->
                "La fecha límite para enviar la hoja de captura de " + sheet.officeName() + " para "
                        + period + " fue el " + deadline + " y la hoja no se ha enviado.\n\n" + state + "\n\n" + how
                        + "\n\nPlaneación ve esta hoja en la lista de hojas vencidas. Si el periodo se cierra sin"
                        + " la hoja, la dependencia queda registrada como «no reportó» y sus metas del periodo cuentan"
                        + " como no ejecutadas.\n";
        };
    }
}
