package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organization;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.LockedException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.db.Numerics;
import co.rumbo.progress.Thresholds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capture sheets (hojas de captura) of the offices and their review (PE-P-004 steps 3–4).
 *
 * <p>Who may do what, checked in this order: a sheet of an office the person does not belong to (or
 * of another organization) is "not found" (404); the office's ENLACE and LIDER save rows, the LIDER
 * submits, PLANEACION returns or accepts (403 otherwise); every write to a closed period is refused
 * with {@link LockedException} (423); a submitted or accepted sheet is read-only for the office (409);
 * a value that breaks a rule is refused with {@link CaptureValidationException} (422); a row saved by
 * someone else since the person read it is refused with {@link StaleRowException} (409).
 *
 * <p>Accepting a sheet writes its executed values into the goals' values of the period (source
 * CAPTURA), which the dashboard and every report read. Events: {@link ProgressReportSubmitted},
 * {@link ProgressReportReturned}, {@link ProgressReportAccepted}.
 */
@Service
public class ProgressReports {

    private final JdbcClient jdbc;
    private final ReportStore store;
    private final CapturePeriods periods;
    private final CapturedValues values;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;

    ProgressReports(
            JdbcClient jdbc,
            ReportStore store,
            CapturePeriods periods,
            CapturedValues values,
            Organizations organizations,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.store = store;
        this.periods = periods;
        this.values = values;
        this.organizations = organizations;
        this.events = events;
    }

    // ---------------------------------------------------------------- lists

    /** The sheets of a period, one per office with an approved action plan, by office name. */
    @Transactional(readOnly = true)
    public List<SheetSummary> sheets(UUID organizationId, Period period) {
        periods.get(organizationId, period);
        return store.summaries(organizationId, period, null, officeNames(organizationId), periods.today());
    }

    /** Every sheet of an office, the latest period first. */
    @Transactional(readOnly = true)
    public List<SheetSummary> sheetsOfOffice(UUID organizationId, UUID officeId) {
        return store.summaries(organizationId, null, officeId, officeNames(organizationId), periods.today());
    }

    /** The sheets the person may open: all for those who see every office, their offices' otherwise. */
    @Transactional(readOnly = true)
    public List<SheetSummary> sheetsFor(CurrentUser user) {
        UUID org = user.requireOrganization();
        return store.summaries(org, null, null, officeNames(org), periods.today()).stream()
                .filter(s -> user.canSeeOffice(s.officeId()))
                .toList();
    }

    /** Sheets still owed after the deadline of their open period, on {@code today}. */
    @Transactional(readOnly = true)
    public List<SheetSummary> overdue(UUID organizationId, LocalDate today) {
        return store.summaries(organizationId, null, null, officeNames(organizationId), today).stream()
                .filter(SheetSummary::overdue)
                .toList();
    }

    /**
     * The rows of every sheet of a period with what they say now, for reports and reminders (no
     * live figures, no permission check: the caller is a module, not a person).
     */
    @Transactional(readOnly = true)
    public List<CapturedRow> capturedRows(UUID organizationId, Period period) {
        return jdbc.sql("""
                        select r.office_id, r.state, r.not_reported, w.goal_id, w.executed, w.description,
                               g.sispt_code, g.target, g.q1, g.q2, g.q3, g.q4, g.name, g.unit, g.programming_type,
                               g.baseline, g.eliminated, g.program_code, g.program_name,
                               (select count(*) from progress_report_evidence e
                                 where e.report_id = r.id and e.goal_id = w.goal_id) as evidence
                        from progress_report r
                        join progress_report_row w on w.report_id = r.id
                        join tracking_programmed_goal g on g.goal_id = w.goal_id and g.organization_id = r.organization_id
                             and g.office_id = r.office_id and g.year = :year
                        where r.organization_id = :org and r.period = :period
                        order by r.office_id, g.program_code, g.position""")
                .param("org", organizationId)
                .param("period", period.toString())
                .param("year", period.year())
                .query((rs, n) -> {
                    ProgrammedGoal goal = ReportStore.programmedGoal(rs);
                    return new CapturedRow(
                            rs.getObject("office_id", UUID.class),
                            period,
                            ReportState.valueOf(rs.getString("state")),
                            rs.getBoolean("not_reported"),
                            goal.goalId(),
                            goal.code(),
                            goal.programmed(period),
                            Numerics.strip(rs.getBigDecimal("executed")),
                            rs.getString("description"),
                            rs.getInt("evidence"));
                })
                .list();
    }

    // ---------------------------------------------------------------- the sheet

    /**
     * An office's sheet for a period, with its rows' live figures. A sheet missing because the office's
     * plan was approved after the period was opened is created on the way.
     *
     * @throws NotFoundException the office is not the person's (or does not exist), the period was not
     *     opened, or the office has no approved action plan for its year
     */
    @Transactional
    public ProgressReport sheet(CurrentUser user, UUID officeId, Period period) {
        UUID org = user.requireOrganization();
        Office office = visibleOffice(user, org, officeId);
        CapturePeriod capture = periods.get(org, period);
        ReportSheet sheet = existingOrNew(org, officeId, capture);
        return view(user, org, office, capture, sheet, null);
    }

    /**
     * Saves one row. Returns the row as saved, with its new version and figures.
     *
     * @throws StaleRowException the row's version is not {@code entry.version()}
     */
    @Transactional
    public ProgressReport.Row saveRow(CurrentUser user, UUID officeId, Period period, UUID goalId, RowEntry entry) {
        Objects.requireNonNull(entry, "entry");
        UUID org = user.requireOrganization();
        Office office = visibleOffice(user, org, officeId);
        if (!ReportSheet.officeMayEdit(user, officeId)) {
            throw new ForbiddenException("Solo el enlace o el líder de la dependencia diligencian su hoja de captura");
        }
        CapturePeriod capture = writablePeriod(org, period);
        ReportSheet sheet =
                store.sheetShared(org, officeId, period).orElseGet(() -> existingOrNew(org, officeId, capture));
        sheet.requireEditableBy(user);
        ProgrammedGoal goal = goalsOf(sheet, goalId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("La meta no está en esta hoja de captura"));
        if (entry.version() == null) {
            throw new CaptureValidationException("version", "Falta la versión de la fila que usted leyó (version).");
        }
        BigDecimal tolerance = periods.settings(org).tolerancePercent();
        CaptureRules.check(goal, period, entry.executed(), entry.description(), tolerance);
        // The API's busiest call: the goal and tolerance just read, and the row as the update returns it, are
        // not read again. Only a refused (stale) save reads the row as the other person left it.
        Optional<SavedRow> written = writeRowReturning(sheet, goalId, entry, user.username());
        ProgressReport.Row row = rowsOf(
                        org,
                        sheet,
                        List.of(goal),
                        tolerance,
                        written.map(w -> Map.of(goalId, w)).orElse(null))
                .get(0);
        if (written.isEmpty()) {
            throw new StaleRowException(
                    "Otra persona guardó esta fila mientras usted la editaba"
                            + (row.updatedBy() == null ? "" : " (" + row.updatedBy() + ")")
                            + ". Revise los valores que hay ahora y vuelva a guardar los suyos si siguen siendo"
                            + " correctos.",
                    row);
        }
        return row;
    }

    /**
     * The figures a row would show with {@code executed}, without saving it: what the page shows while
     * the person types. Anyone who may read the sheet may ask.
     */
    @Transactional(readOnly = true)
    public ProgressReport.LiveFigures preview(
            CurrentUser user, UUID officeId, Period period, UUID goalId, BigDecimal executed) {
        UUID org = user.requireOrganization();
        visibleOffice(user, org, officeId);
        ReportSheet sheet = store.sheet(org, officeId, period, false)
                .orElseThrow(() -> new NotFoundException("La hoja de captura no existe"));
        ProgrammedGoal goal = goalsOf(sheet, goalId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("La meta no está en esta hoja de captura"));
        if (executed != null && executed.signum() < 0) {
            return new ProgressReport.LiveFigures(
                    null,
                    null,
                    null,
                    null,
                    co.rumbo.progress.GoalState.SIN_PROGRAMACION,
                    co.rumbo.progress.TrafficLight.GRIS,
                    "El valor no puede ser negativo.");
        }
        Map<Period, BigDecimal> earlier =
                earlierValues(org, period, java.util.Set.of(goalId)).getOrDefault(goalId, Map.of());
        return SheetFigures.compute(goal, period, executed, earlier, thresholds(org));
    }

    /**
     * The office's leader sends the sheet for review. Every goal programmed in the period needs its
     * executed value (0 with a description when nothing was done), and every row must meet the rules.
     * The rows are kept as they are now as the round's snapshot.
     */
    @Transactional
    public ProgressReport submit(CurrentUser user, UUID officeId, Period period, Integer expectedVersion) {
        UUID org = user.requireOrganization();
        Office office = visibleOffice(user, org, officeId);
        CapturePeriod capture = writablePeriod(org, period);
        ReportSheet sheet = lockedSheet(org, officeId, capture);
        ReportState from = sheet.state();
        sheet.submit(user);
        Map<UUID, BigDecimal> executed = new HashMap<>();
        Map<UUID, String> descriptions = new HashMap<>();
        jdbc.sql("select goal_id, executed, description from progress_report_row where report_id = ?")
                .param(sheet.id())
                .query(rs -> {
                    UUID goal = rs.getObject(1, UUID.class);
                    executed.put(goal, rs.getBigDecimal(2));
                    descriptions.put(goal, rs.getString(3));
                });
        BigDecimal tolerance = periods.settings(org).tolerancePercent();
        List<String> missing = new ArrayList<>();
        for (ProgrammedGoal goal : goalsOf(sheet, null)) {
            BigDecimal value = executed.get(goal.goalId());
            if (value == null && goal.programmed(period) != null && goal.programmedIn(period)) {
                missing.add(goal.code());
                continue;
            }
            try {
                CaptureRules.check(goal, period, value, descriptions.get(goal.goalId()), tolerance);
            } catch (CaptureValidationException e) {
                throw new CaptureValidationException(
                        e.field(), "No se puede enviar la hoja: en la meta " + goal.code() + ", " + e.getMessage());
            }
        }
        if (!missing.isEmpty()) {
            throw new CaptureValidationException(
                    "executed",
                    "No se puede enviar la hoja: falta el valor ejecutado de "
                            + (missing.size() == 1 ? "la meta " : "las metas ") + String.join(", ", missing)
                            + ", programada" + (missing.size() == 1 ? "" : "s") + " en " + period
                            + ". Si no se hizo nada escriba 0 y explique por qué.");
        }
        store.save(sheet, expectedVersion, user.username(), true, false);
        jdbc.sql("""
                        insert into progress_report_round_row (report_id, round, goal_id, organization_id, executed,
                                                               description, evidence)
                        select w.report_id, ?, w.goal_id, w.organization_id, w.executed, w.description,
                               (select count(*) from progress_report_evidence e
                                 where e.report_id = w.report_id and e.goal_id = w.goal_id)
                        from progress_report_row w where w.report_id = ?""").params(sheet.round(), sheet.id()).update();
        store.event(sheet, from, user.username(), null);
        events.publishEvent(new ProgressReportSubmitted(
                org, sheet.id(), officeId, period, sheet.round(), user.username(), Instant.now()));
        return view(user, org, office, capture, reload(org, officeId, period), null);
    }

    /**
     * The planning office returns the sheet to its office with observations per goal (at least one)
     * and an optional general comment. An accepted sheet of an open (or reopened) period may be
     * returned too, for correction.
     */
    @Transactional
    public ProgressReport returnToOffice(
            CurrentUser user, UUID officeId, Period period, ReturnObservations observations, Integer expectedVersion) {
        UUID org = user.requireOrganization();
        Office office = visibleOffice(user, org, officeId);
        CapturePeriod capture = writablePeriod(org, period);
        ReportSheet sheet = lockedSheet(org, officeId, capture);
        ReportState from = sheet.state();
        sheet.returnToOffice(user);
        if (observations == null || observations.perGoal().isEmpty()) {
            throw new CaptureValidationException(
                    "observations",
                    "Para devolver la hoja escriba al menos una observación sobre la meta que la dependencia debe"
                            + " corregir.");
        }
        Map<UUID, String> codes =
                goalsOf(sheet, null).stream().collect(Collectors.toMap(ProgrammedGoal::goalId, ProgrammedGoal::code));
        for (UUID goal : observations.perGoal().keySet()) {
            if (!codes.containsKey(goal)) {
                throw new CaptureValidationException(
                        "observations", "Una observación es de una meta que no está en esta hoja de captura.");
            }
        }
        store.save(sheet, expectedVersion, user.username(), false, true);
        long event = store.event(sheet, from, user.username(), observations.comment());
        observations.perGoal().forEach((goal, text) -> jdbc.sql("""
                        insert into progress_report_observation (event_id, goal_id, organization_id, observation)
                        values (?, ?, ?, ?)""")
                .params(event, goal, org, text)
                .update());
        events.publishEvent(new ProgressReportReturned(
                org,
                sheet.id(),
                officeId,
                period,
                sheet.round(),
                observations.perGoal(),
                observations.comment(),
                user.username(),
                Instant.now()));
        return view(user, org, office, capture, reload(org, officeId, period), null);
    }

    /**
     * The planning office accepts the sheet: its executed values become the goals' values of the
     * period (source CAPTURA) with the programmed value of the period.
     */
    @Transactional
    public ProgressReport accept(CurrentUser user, UUID officeId, Period period, Integer expectedVersion) {
        UUID org = user.requireOrganization();
        Office office = visibleOffice(user, org, officeId);
        CapturePeriod capture = writablePeriod(org, period);
        ReportSheet sheet = lockedSheet(org, officeId, capture);
        ReportState from = sheet.state();
        sheet.accept(user);
        store.save(sheet, expectedVersion, user.username(), false, true);
        Map<UUID, BigDecimal> executed = new HashMap<>();
        jdbc.sql("select goal_id, executed from progress_report_row where report_id = ?")
                .param(sheet.id())
                .query(rs -> {
                    executed.put(rs.getObject(1, UUID.class), Numerics.strip(rs.getBigDecimal(2)));
                });
        List<ProgrammedGoal> goals = goalsOf(sheet, null);
        for (ProgrammedGoal goal : goals) {
            values.accept(org, period, goal, executed.get(goal.goalId()));
        }
        values.programOtherPeriods(org, period, goals);
        store.event(sheet, from, user.username(), null);
        events.publishEvent(new ProgressReportAccepted(
                org, sheet.id(), officeId, period, sheet.round(), user.username(), Instant.now()));
        return view(user, org, office, capture, reload(org, officeId, period), null);
    }

    // ---------------------------------------------------------------- package API for the other facades

    /** The period, share-locked, refusing writes when it is closed. */
    CapturePeriod writablePeriod(UUID org, Period period) {
        CapturePeriod capture = store.periodLocked(org, period, false);
        if (!capture.open()) {
            throw new LockedException(PeriodLocks.lockedMessage(period, List.of(period.toString())));
        }
        return capture;
    }

    /**
     * Writes a row checked by the caller, if its version is still {@code version}; 0 when someone saved
     * it since.
     */
    int writeRow(ReportSheet sheet, UUID goalId, BigDecimal executed, String description, int version, String actor) {
        return writeRowReturning(sheet, goalId, new RowEntry(executed, description, version), actor)
                        .isPresent()
                ? 1
                : 0;
    }

    /** {@link #writeRow}, answering the row as saved (empty when someone saved it since). */
    private Optional<SavedRow> writeRowReturning(ReportSheet sheet, UUID goalId, RowEntry entry, String actor) {
        return jdbc.sql("""
                        update progress_report_row set executed = :executed, description = :description,
                            updated_by = :actor, updated_at = now(), version = version + 1
                        where report_id = :report and goal_id = :goal and version = :version
                        returning goal_id, executed, description, version, updated_by, updated_at""")
                .param("executed", entry.executed())
                .param("description", entry.description())
                .param("actor", actor)
                .param("report", sheet.id())
                .param("goal", goalId)
                .param("version", entry.version())
                .query((rs, n) -> SavedRow.of(rs))
                .optional();
    }

    /** The tolerance of the organization, in percent. */
    BigDecimal tolerance(UUID org) {
        return periods.settings(org).tolerancePercent();
    }

    /** The sheet for an edit by the office: visible, editable by the person, period open (shared locks). */
    ReportSheet editableSheet(CurrentUser user, UUID officeId, Period period) {
        UUID org = user.requireOrganization();
        visibleOffice(user, org, officeId);
        if (!ReportSheet.officeMayEdit(user, officeId)) {
            throw new ForbiddenException("Solo el enlace o el líder de la dependencia diligencian su hoja de captura");
        }
        CapturePeriod capture = writablePeriod(org, period);
        ReportSheet sheet =
                store.sheetShared(org, officeId, period).orElseGet(() -> existingOrNew(org, officeId, capture));
        sheet.requireEditableBy(user);
        return sheet;
    }

    /** The sheet for reading: visible to the person (404 otherwise). */
    ReportSheet readableSheet(CurrentUser user, UUID officeId, Period period) {
        UUID org = user.requireOrganization();
        visibleOffice(user, org, officeId);
        CapturePeriod capture = periods.get(org, period);
        return existingOrNew(org, officeId, capture);
    }

    /** The goals of the sheet's office programmed for its year (or one of them). */
    List<ProgrammedGoal> goalsOf(ReportSheet sheet, UUID goalId) {
        return store.goalsOf(sheet, goalId);
    }

    // ---------------------------------------------------------------- internals

    private Office visibleOffice(CurrentUser user, UUID org, UUID officeId) {
        return organizations
                .findOffice(org, officeId)
                .filter(o -> user.canSeeOffice(o.id()))
                .orElseThrow(() -> new NotFoundException("La dependencia no existe"));
    }

    private ReportSheet existingOrNew(UUID org, UUID officeId, CapturePeriod capture) {
        Optional<ReportSheet> sheet = store.sheet(org, officeId, capture.period(), false);
        if (sheet.isPresent()) {
            return sheet.get();
        }
        if (capture.open()) {
            store.ensureSheets(org, capture.period(), officeId);
        }
        return store.sheet(org, officeId, capture.period(), false)
                .orElseThrow(() -> new NotFoundException("La dependencia no tiene plan de acción "
                        + capture.period().year() + " aprobado: no tiene hoja de captura en " + capture.period()
                        + "."));
    }

    private ReportSheet lockedSheet(UUID org, UUID officeId, CapturePeriod capture) {
        existingOrNew(org, officeId, capture);
        return store.sheet(org, officeId, capture.period(), true).orElseThrow();
    }

    private ReportSheet reload(UUID org, UUID officeId, Period period) {
        return store.sheet(org, officeId, period, false).orElseThrow();
    }

    private ProgressReport view(
            CurrentUser user, UUID org, Office office, CapturePeriod capture, ReportSheet sheet, UUID onlyGoal) {
        List<ProgressReport.Row> rows = rowsOf(user, org, office, capture, sheet, onlyGoal);
        List<ProgressReport.Event> history = history(sheet.id());
        String comment = history.stream()
                .filter(e -> e.to() == ReportState.DEVUELTO)
                .reduce((a, b) -> b)
                .map(ProgressReport.Event::comment)
                .orElse(null);
        SheetSummary summary = store.summaries(org, sheet.period(), office.id(), Map.of(), periods.today())
                .get(0);
        boolean open = capture.open();
        boolean mine = ReportSheet.officeMayEdit(user, office.id());
        ProgressReport.Actions actions = new ProgressReport.Actions(
                open && mine && sheet.state().editableByOffice(),
                open
                        && user.has(Role.LIDER)
                        && user.officeIds().contains(office.id())
                        && sheet.state().editableByOffice(),
                open && user.has(Role.PLANEACION) && sheet.state() == ReportState.ENVIADO,
                open && user.has(Role.PLANEACION) && sheet.state() == ReportState.ACEPTADO);
        return new ProgressReport(
                sheet.id(),
                office.id(),
                office.name(),
                sheet.period(),
                sheet.state(),
                sheet.round(),
                sheet.notReported(),
                capture.state(),
                capture.deadline(),
                summary.submittedAt(),
                summary.submittedBy(),
                summary.reviewedAt(),
                summary.reviewedBy(),
                sheet.version(),
                rows,
                BudgetExecutions.lines(jdbc, sheet),
                history,
                comment,
                actions);
    }

    /** The rows (or one row) of a sheet with their figures, evidence, observations and last submission. */
    private List<ProgressReport.Row> rowsOf(
            CurrentUser user, UUID org, Office office, CapturePeriod capture, ReportSheet sheet, UUID onlyGoal) {
        return rowsOf(
                org, sheet, goalsOf(sheet, onlyGoal), periods.settings(org).tolerancePercent(), null);
    }

    /** A row as saved: its values, version and who saved it last. */
    private record SavedRow(BigDecimal executed, String description, int version, String by, Instant at) {

        static SavedRow of(java.sql.ResultSet rs) throws java.sql.SQLException {
            return new SavedRow(
                    Numerics.strip(rs.getBigDecimal("executed")),
                    rs.getString("description"),
                    rs.getInt("version"),
                    rs.getString("updated_by"),
                    ReportStore.instant(rs, "updated_at"));
        }
    }

    /**
     * The rows of {@code programmed} (all the sheet's goals, or one) as the sheet shows them; {@code
     * alreadyRead} is the saved rows when the caller has them (null: read them).
     */
    private List<ProgressReport.Row> rowsOf(
            UUID org,
            ReportSheet sheet,
            List<ProgrammedGoal> programmed,
            BigDecimal tolerance,
            Map<UUID, SavedRow> alreadyRead) {
        Period period = sheet.period();
        UUID onlyGoal = programmed.size() == 1 ? programmed.get(0).goalId() : null;
        Map<UUID, ProgrammedGoal> goals = new LinkedHashMap<>();
        programmed.forEach(g -> goals.put(g.goalId(), g));
        Map<UUID, SavedRow> saved = alreadyRead != null ? alreadyRead : savedRows(sheet, onlyGoal);
        Map<UUID, Map<Period, BigDecimal>> earlier = earlierValues(org, period, goals.keySet());
        Map<UUID, List<Evidence>> evidence = ReportEvidence.ofSheet(jdbc, sheet.id(), onlyGoal);
        // observations come with a return, and a return only after a submission (round 1 on)
        Map<UUID, String> observations = sheet.round() < 1 ? Map.of() : latestObservations(sheet.id());
        int previousRound = sheet.state() == ReportState.ENVIADO || sheet.state() == ReportState.ACEPTADO
                ? sheet.round() - 1
                : sheet.round();
        Map<UUID, ProgressReport.Submitted> previous = roundRows(sheet.id(), previousRound);
        Thresholds thresholds = thresholds(org);
        List<ProgressReport.Row> rows = new ArrayList<>();
        for (ProgrammedGoal goal : goals.values()) {
            SavedRow s = saved.get(goal.goalId());
            if (s == null) {
                continue;
            }
            List<Evidence> files = evidence.getOrDefault(goal.goalId(), List.of());
            ProgressReport.Submitted before = previous.get(goal.goalId());
            boolean changed = before != null
                    && (!sameNumber(before.executed(), s.executed())
                            || !Objects.equals(before.description(), s.description())
                            || before.evidence() != files.size());
            rows.add(new ProgressReport.Row(
                    goal.goalId(),
                    goal.code(),
                    goal.name(),
                    goal.unit(),
                    goal.type(),
                    goal.programCode(),
                    goal.programName(),
                    goal.target(),
                    goal.programmed(period),
                    goal.quarterAhead(period),
                    s.executed(),
                    s.description(),
                    s.version(),
                    s.by(),
                    s.at(),
                    CaptureRules.unprogrammed(goal, period, s.executed()),
                    CaptureRules.descriptionNeeded(goal, period, s.executed(), tolerance) != null,
                    goal.percent(),
                    SheetFigures.compute(
                            goal, period, s.executed(), earlier.getOrDefault(goal.goalId(), Map.of()), thresholds),
                    files,
                    observations.get(goal.goalId()),
                    before,
                    changed));
        }
        return rows;
    }

    private Map<UUID, SavedRow> savedRows(ReportSheet sheet, UUID onlyGoal) {
        Map<UUID, SavedRow> saved = new HashMap<>();
        jdbc.sql("""
                        select goal_id, executed, description, version, updated_by, updated_at from progress_report_row
                        where report_id = :report and (cast(:goal as uuid) is null or goal_id = cast(:goal as uuid))""").param("report", sheet.id()).param("goal", onlyGoal).query(rs -> {
            saved.put(rs.getObject("goal_id", UUID.class), SavedRow.of(rs));
        });
        return saved;
    }

    /** The values recorded (accepted, or loaded) for the year's earlier periods of the sheet's kind. */
    private Map<UUID, Map<Period, BigDecimal>> earlierValues(UUID org, Period period, java.util.Set<UUID> goals) {
        Map<UUID, Map<Period, BigDecimal>> values = new HashMap<>();
        if (goals.isEmpty() || period.number() == 1) {
            return values;
        }
        List<String> earlier = Period.ofYear(period.year()).subPeriods(period.kind()).stream()
                .filter(p -> p.number() < period.number())
                .map(Period::toString)
                .toList();
        jdbc.sql("""
                        select goal_id, period, executed from goal_value
                        where organization_id = :org and period in (:periods) and executed is not null
                          and goal_id in (:goals)""")
                .param("org", org)
                .param("periods", earlier)
                .param("goals", List.copyOf(goals))
                .query(rs -> {
                    values.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(Period.parse(rs.getString(2)), Numerics.strip(rs.getBigDecimal(3)));
                });
        return values;
    }

    private Map<UUID, String> latestObservations(UUID reportId) {
        Map<UUID, String> observations = new HashMap<>();
        jdbc.sql("""
                        select o.goal_id, o.observation from progress_report_observation o
                        where o.event_id = (select max(e.id) from progress_report_event e
                                            where e.report_id = ? and e.to_state = 'DEVUELTO')""").param(reportId).query(rs -> {
            observations.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
        return observations;
    }

    private Map<UUID, ProgressReport.Submitted> roundRows(UUID reportId, int round) {
        Map<UUID, ProgressReport.Submitted> rows = new HashMap<>();
        if (round < 1) {
            return rows;
        }
        jdbc.sql("""
                        select goal_id, executed, description, evidence from progress_report_round_row
                        where report_id = ? and round = ?""").params(reportId, round).query(rs -> {
            rows.put(
                    rs.getObject(1, UUID.class),
                    new ProgressReport.Submitted(
                            round, Numerics.strip(rs.getBigDecimal(2)), rs.getString(3), rs.getInt(4)));
        });
        return rows;
    }

    private List<ProgressReport.Event> history(UUID reportId) {
        Map<Long, Map<UUID, String>> perEvent = new HashMap<>();
        jdbc.sql("""
                        select o.event_id, o.goal_id, o.observation from progress_report_observation o
                        join progress_report_event e on e.id = o.event_id where e.report_id = ?""").param(reportId).query(rs -> {
            perEvent.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                    .put(rs.getObject(2, UUID.class), rs.getString(3));
        });
        return jdbc.sql("""
                        select id, round, from_state, to_state, actor, comment, at from progress_report_event
                        where report_id = ? order by id""")
                .param(reportId)
                .query((rs, n) -> new ProgressReport.Event(
                        rs.getInt("round"),
                        rs.getString("from_state") == null ? null : ReportState.valueOf(rs.getString("from_state")),
                        ReportState.valueOf(rs.getString("to_state")),
                        rs.getString("actor"),
                        rs.getString("comment"),
                        perEvent.getOrDefault(rs.getLong("id"), Map.of()),
                        ReportStore.instant(rs, "at")))
                .list();
    }

    private Thresholds thresholds(UUID org) {
        Organization o = organizations.get(org);
        return new Thresholds(o.redBelow(), o.greenFrom(), o.overAbove());
    }

    private Map<UUID, String> officeNames(UUID org) {
        return organizations.offices(org).stream().collect(Collectors.toMap(Office::id, Office::name));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
