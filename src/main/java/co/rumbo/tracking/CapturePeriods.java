package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.calendar.PeriodKind;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.organization.Office;
import co.rumbo.organization.OrganizationCalendars;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.LockedException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.StaleVersionException;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capture periods of an organization and its capture settings (PE-P-004 steps 3–4): the planning
 * office opens a period (its deadline is N calendar days after the period's end, moved to the next
 * business day of the organization's calendar), closes it — which locks its figures everywhere — and
 * may reopen it with a reason, which is audited.
 *
 * <p>Rules: only PLANEACION opens, closes, reopens and changes the settings (403 otherwise). A period
 * is closed only when no sheet awaits review (409); sheets still owed by their offices need an
 * explicit confirmation ({@link CloseNeedsConfirmationException}, 409) and are then recorded as not
 * reported. Reading is open to everybody in the organization.
 *
 * <p>Events: {@link CapturePeriodOpened}, {@link CapturePeriodClosed}, {@link CapturePeriodReopened},
 * published in the transaction of the change.
 */
@Service
public class CapturePeriods {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    private final JdbcClient jdbc;
    private final ReportStore store;
    private final PeriodLocks locks;
    private final CapturedValues values;
    private final Organizations organizations;
    private final OrganizationCalendars calendars;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CapturePeriods(
            JdbcClient jdbc,
            ReportStore store,
            PeriodLocks locks,
            CapturedValues values,
            Organizations organizations,
            OrganizationCalendars calendars,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.locks = locks;
        this.values = values;
        this.organizations = organizations;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock.getIfAvailable(() -> Clock.system(BOGOTA));
    }

    /** The organization's capture settings ({@link CaptureSettings#DEFAULTS} until it changes them). */
    @Transactional(readOnly = true)
    public CaptureSettings settings(UUID organizationId) {
        return jdbc.sql("""
                        select period_kind, deadline_days, tolerance_percent, max_evidence_mb, reminder_days, version
                        from capture_settings where organization_id = ?""")
                .param(organizationId)
                .query((rs, n) -> new CaptureSettings(
                        PeriodKind.valueOf(rs.getString(1)),
                        rs.getInt(2),
                        rs.getBigDecimal(3).stripTrailingZeros(),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6)))
                .optional()
                .orElse(CaptureSettings.DEFAULTS);
    }

    /**
     * Changes the settings (PLANEACION). Periods already opened keep their deadline.
     *
     * @param settings the new values; its {@code version} is the one the person saw
     * @throws StaleVersionException someone changed them since
     */
    @Transactional
    public CaptureSettings updateSettings(CurrentUser user, CaptureSettings settings) {
        UUID org = user.requireOrganization();
        requirePlanningOffice(user, "cambia la configuración de la captura");
        Objects.requireNonNull(settings, "settings");
        int updated = jdbc.sql("""
                        insert into capture_settings (organization_id, period_kind, deadline_days, tolerance_percent,
                                                      max_evidence_mb, reminder_days, version)
                        values (:org, :kind, :days, :tolerance, :mb, :reminder, 1)
                        on conflict (organization_id) do update set period_kind = excluded.period_kind,
                            deadline_days = excluded.deadline_days, tolerance_percent = excluded.tolerance_percent,
                            max_evidence_mb = excluded.max_evidence_mb, reminder_days = excluded.reminder_days,
                            updated_at = now(), version = capture_settings.version + 1
                        where capture_settings.version = :version""")
                .param("org", org)
                .param("kind", settings.periodKind().name())
                .param("days", settings.deadlineDays())
                .param("tolerance", settings.tolerancePercent())
                .param("mb", settings.maxEvidenceMb())
                .param("reminder", settings.reminderDays())
                .param("version", settings.version())
                .update();
        if (updated == 0) {
            throw new StaleVersionException(
                    "Otra persona cambió la configuración de la captura mientras usted la editaba; vuelva a cargarla.");
        }
        return settings(org);
    }

    /** Every capture period of the organization, the latest first. */
    @Transactional(readOnly = true)
    public List<CapturePeriod> periods(UUID organizationId) {
        return store.periods(organizationId);
    }

    @Transactional(readOnly = true)
    public Optional<CapturePeriod> find(UUID organizationId, Period period) {
        return store.period(organizationId, period);
    }

    /** @throws NotFoundException the period was never opened */
    @Transactional(readOnly = true)
    public CapturePeriod get(UUID organizationId, Period period) {
        return find(organizationId, period).orElseThrow(() -> ReportStore.notOpened(period));
    }

    /**
     * The period the planning office would open next: the one after the latest opened, or, when none
     * was, the last period of the organization's kind that has already ended (the current one while
     * none has ended this year). Empty when that period has not started yet.
     */
    @Transactional(readOnly = true)
    public Optional<Period> nextToOpen(UUID organizationId) {
        PeriodKind kind = settings(organizationId).periodKind();
        LocalDate today = today();
        Period next = store.periods(organizationId).stream()
                .filter(p -> p.period().kind() == kind)
                .findFirst()
                .map(p -> p.period().next())
                .orElseGet(() -> Period.lastClosed(kind, today));
        return next.start().isAfter(today) ? Optional.empty() : Optional.of(next);
    }

    /**
     * Opens a period for capture and creates the sheet of every office with an approved action plan
     * for its year. The period must be of the organization's kind and have started.
     */
    @Transactional
    public CapturePeriod open(CurrentUser user, Period period) {
        UUID org = user.requireOrganization();
        requirePlanningOffice(user, "abre los periodos de captura");
        CaptureSettings settings = settings(org);
        if (period.kind() != settings.periodKind()) {
            throw new BusinessRuleException("La entidad captura por " + kindName(settings.periodKind())
                    + ": el periodo " + period + " no es de ese tipo. Cambie la configuración de la captura si"
                    + " quiere capturar por " + kindName(period.kind()) + ".");
        }
        if (period.start().isAfter(today())) {
            throw new BusinessRuleException("El periodo " + period + " aún no ha empezado.");
        }
        if (store.period(org, period).isPresent()) {
            throw new BusinessRuleException("El periodo " + period + " ya fue abierto.");
        }
        List<String> overlapping = jdbc.sql("""
                        select period from capture_period
                        where organization_id = ? and starts_on <= ? and ends_on >= ? order by starts_on""")
                .params(org, Date.valueOf(period.end()), Date.valueOf(period.start()))
                .query(String.class)
                .list();
        if (!overlapping.isEmpty()) {
            throw new BusinessRuleException(
                    "El periodo " + period + " se cruza con " + String.join(", ", overlapping) + ", ya abierto.");
        }
        boolean plans = jdbc.sql(
                        "select exists (select from tracking_programmed_goal where organization_id = ? and year = ?)")
                .params(org, period.year())
                .query(Boolean.class)
                .single();
        if (!plans) {
            throw new BusinessRuleException("Ninguna dependencia tiene plan de acción " + period.year()
                    + " aprobado: no hay metas que capturar en " + period + ".");
        }
        LocalDate deadline = calendars.calendar(org).deadline(period, settings.deadlineDays());
        jdbc.sql("""
                        insert into capture_period (organization_id, period, starts_on, ends_on, deadline, opened_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        org,
                        period.toString(),
                        Date.valueOf(period.start()),
                        Date.valueOf(period.end()),
                        Date.valueOf(deadline),
                        user.username())
                .update();
        periodEvent(org, period, "ABIERTO", null, 0, user);
        store.ensureSheets(org, period, null);
        events.publishEvent(new CapturePeriodOpened(org, period, deadline, user.username(), Instant.now()));
        return get(org, period);
    }

    /** What closing the period would do: the offices that have not submitted, the sheets awaiting review. */
    @Transactional(readOnly = true)
    public ClosePreview closePreview(UUID organizationId, Period period) {
        get(organizationId, period);
        List<SheetSummary> sheets = store.summaries(organizationId, period, null, officeNames(organizationId), today());
        return new ClosePreview(
                period,
                sheets.stream().filter(s -> s.state().pending()).toList(),
                sheets.stream().filter(s -> s.state() == ReportState.ENVIADO).toList());
    }

    /**
     * Closes the period: from now on its figures are locked (every write answers 423). Refused while a
     * sheet awaits review. Sheets still owed by their offices are recorded as not reported, but only
     * with {@code confirmed}: without it, {@link CloseNeedsConfirmationException} names the offices.
     */
    @Transactional
    public CapturePeriod close(CurrentUser user, Period period, boolean confirmed) {
        UUID org = user.requireOrganization();
        requirePlanningOffice(user, "cierra los periodos de captura");
        CapturePeriod current = store.periodLocked(org, period, true);
        if (!current.open()) {
            throw new BusinessRuleException("El periodo " + period + " ya está cerrado.");
        }
        ClosePreview preview = closePreview(org, period);
        if (preview.blocked()) {
            throw new BusinessRuleException("No se puede cerrar " + period + ": "
                    + names(preview.awaitingReview())
                    + (preview.awaitingReview().size() == 1 ? " tiene" : " tienen")
                    + " la hoja enviada esperando revisión. Acéptela o devuélvala antes de cerrar.");
        }
        if (preview.needsConfirmation() && !confirmed) {
            List<String> offices = preview.notSubmitted().stream()
                    .map(SheetSummary::officeName)
                    .toList();
            throw new CloseNeedsConfirmationException(
                    "Estas dependencias no han enviado su hoja de " + period + ": " + String.join(", ", offices)
                            + ". Confirme el cierre para registrarlas como «no reportó».",
                    offices);
        }
        for (SheetSummary pending : preview.notSubmitted()) {
            store.sheet(org, pending.officeId(), period, false)
                    .ifPresent(sheet -> values.notReported(org, period, store.goalsOf(sheet, null)));
        }
        List<UUID> notReported =
                jdbc.sql("""
                        update progress_report set not_reported = true, version = version + 1
                        where organization_id = ? and period = ? and state in ('BORRADOR', 'DEVUELTO')
                        returning office_id""").params(org, period.toString()).query(UUID.class).list();
        jdbc.sql("""
                        update capture_period set state = 'CERRADO', closed_by = ?, closed_at = now(), version = version + 1
                        where organization_id = ? and period = ?""").params(user.username(), org, period.toString()).update();
        periodEvent(org, period, "CERRADO", null, notReported.size(), user);
        events.publishEvent(new CapturePeriodClosed(org, period, notReported, user.username(), Instant.now()));
        return get(org, period);
    }

    /**
     * Reopens a closed period, with its reason (required, kept in the period's history and in the audit
     * trail). Sheets recorded as not reported are owed again; accepted sheets stay accepted (the
     * planning office may return one for correction).
     */
    @Transactional
    public CapturePeriod reopen(CurrentUser user, Period period, String reason) {
        UUID org = user.requireOrganization();
        requirePlanningOffice(user, "reabre los periodos de captura");
        String text = reason == null ? "" : reason.strip();
        if (text.length() < 10) {
            throw new CaptureValidationException(
                    "reason", "Escriba el motivo de la reapertura (al menos 10 caracteres): queda en la auditoría.");
        }
        CapturePeriod current = store.periodLocked(org, period, true);
        if (current.open()) {
            throw new BusinessRuleException("El periodo " + period + " está abierto.");
        }
        jdbc.sql("""
                        update progress_report set not_reported = false, version = version + 1
                        where organization_id = ? and period = ? and not_reported""").params(org, period.toString()).update();
        jdbc.sql("""
                        update capture_period set state = 'ABIERTO', closed_by = null, closed_at = null,
                            version = version + 1
                        where organization_id = ? and period = ?""").params(org, period.toString()).update();
        periodEvent(org, period, "REABIERTO", text, 0, user);
        store.ensureSheets(org, period, null);
        events.publishEvent(new CapturePeriodReopened(org, period, text, user.username(), Instant.now()));
        return get(org, period);
    }

    /** The openings, closings and reopenings of a period, in order. */
    @Transactional(readOnly = true)
    public List<CapturePeriodEvent> history(UUID organizationId, Period period) {
        get(organizationId, period);
        return jdbc.sql("""
                        select action, reason, not_reported, actor, at from capture_period_event
                        where organization_id = ? and period = ? order by id""")
                .params(organizationId, period.toString())
                .query((rs, n) -> new CapturePeriodEvent(
                        rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), ReportStore.instant(rs, "at")))
                .list();
    }

    /** Whether a value of {@code period} (a month, a quarter or a year) falls in a closed capture period. */
    @Transactional(readOnly = true)
    public boolean isLocked(UUID organizationId, Period period) {
        return !locks.closedOverlapping(organizationId, period).isEmpty();
    }

    /**
     * For every module that writes figures of a period (the treasury's budget execution, say).
     *
     * @throws LockedException a closed capture period overlaps {@code period}
     */
    @Transactional(readOnly = true)
    public void requireWritable(UUID organizationId, Period period) {
        locks.requireWritable(organizationId, period);
    }

    /** A period that is open, with its organization: what a reminder job needs. */
    public record DuePeriod(UUID organizationId, Period period, LocalDate deadline) {}

    /**
     * The open periods of every organization whose deadline falls between two dates (inclusive), for
     * jobs that remind offices before a deadline or after it.
     */
    @Transactional(readOnly = true)
    public List<DuePeriod> openPeriodsDueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select organization_id, period, deadline from capture_period
                        where state = 'ABIERTO' and deadline between ? and ? order by deadline, organization_id""")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new DuePeriod(
                        rs.getObject(1, UUID.class), Period.parse(rs.getString(2)), rs.getObject(3, LocalDate.class)))
                .list();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private Map<UUID, String> officeNames(UUID org) {
        return organizations.offices(org).stream().collect(Collectors.toMap(Office::id, Office::name));
    }

    private void periodEvent(UUID org, Period period, String action, String reason, int notReported, CurrentUser user) {
        jdbc.sql("""
                        insert into capture_period_event (organization_id, period, action, reason, not_reported, actor)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(org, period.toString(), action, reason, notReported, user.username())
                .update();
    }

    private static String names(List<SheetSummary> sheets) {
        return sheets.stream().map(SheetSummary::officeName).collect(Collectors.joining(", "));
    }

    private static String kindName(PeriodKind kind) {
        return switch (kind) {
            case MONTH -> "mes";
            case QUARTER -> "trimestre";
            case YEAR -> "año";
        };
    }

    static void requirePlanningOffice(CurrentUser user, String action) {
        if (!user.has(Role.PLANEACION)) {
            throw new ForbiddenException("Solo planeación " + action);
        }
    }
}
