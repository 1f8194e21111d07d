package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.StaleVersionException;
import co.rumbo.platform.db.Numerics;
import co.rumbo.progress.ProgrammingType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of capture periods and sheets shared by the facades of this package. */
@Component
class ReportStore {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final String PERIOD_COLUMNS =
            "period, state, deadline, opened_by, opened_at, closed_by, closed_at, version";
    private static final String SHEET_COLUMNS =
            "id, organization_id, office_id, period, state, round, not_reported, version";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CapturePeriod> period(UUID org, Period period) {
        return jdbc.sql("select " + PERIOD_COLUMNS + " from capture_period where organization_id = ? and period = ?")
                .params(org, period.toString())
                .query(ReportStore::capturePeriod)
                .optional();
    }

    /**
     * The period, read with a lock that a close or reopen (an update of the row) waits for and that
     * waits for them: a write to a sheet never interleaves with the period's closing.
     */
    CapturePeriod periodLocked(UUID org, Period period, boolean exclusive) {
        return jdbc.sql("select " + PERIOD_COLUMNS + " from capture_period where organization_id = ? and period = ?"
                        + (exclusive ? " for update" : " for share"))
                .params(org, period.toString())
                .query(ReportStore::capturePeriod)
                .optional()
                .orElseThrow(() -> notOpened(period));
    }

    static NotFoundException notOpened(Period period) {
        return new NotFoundException("El periodo " + period + " no ha sido abierto para captura");
    }

    List<CapturePeriod> periods(UUID org) {
        return jdbc.sql("select " + PERIOD_COLUMNS
                        + " from capture_period where organization_id = ? order by starts_on desc")
                .param(org)
                .query(ReportStore::capturePeriod)
                .list();
    }

    /**
     * Creates the missing sheets of a period (one per office with an approved action plan for its
     * year), their rows (one per goal programmed) and their budget lines (one per project and source
     * of the plan). Existing ones are left as they are; safe to repeat.
     */
    void ensureSheets(UUID org, Period period, UUID onlyOffice) {
        String office = onlyOffice == null ? "" : " and office_id = :office";
        var insertSheets = jdbc.sql("""
                        insert into progress_report (organization_id, office_id, period)
                        select distinct organization_id, office_id, :period from tracking_programmed_goal
                        where organization_id = :org and year = :year""" + office + " on conflict (organization_id, period, office_id) do nothing")
                .param("org", org)
                .param("period", period.toString())
                .param("year", period.year());
        var insertRows = jdbc.sql("""
                        insert into progress_report_row (report_id, goal_id, organization_id)
                        select r.id, g.goal_id, r.organization_id
                        from progress_report r
                        join tracking_programmed_goal g on g.organization_id = r.organization_id
                             and g.office_id = r.office_id and g.year = :year
                        where r.organization_id = :org and r.period = :period"""
                        + office.replace("office_id", "r.office_id")
                        + " on conflict (report_id, goal_id) do nothing")
                .param("org", org)
                .param("period", period.toString())
                .param("year", period.year());
        var insertBudget = jdbc.sql("""
                        insert into progress_report_budget (report_id, organization_id, project_bpin, source_code)
                        select distinct r.id, r.organization_id, b.project_bpin, b.source_code
                        from progress_report r
                        join tracking_programmed_budget b on b.organization_id = r.organization_id
                             and b.office_id = r.office_id and b.year = :year
                        where r.organization_id = :org and r.period = :period"""
                        + office.replace("office_id", "r.office_id")
                        + " on conflict (report_id, project_bpin, source_code) do nothing")
                .param("org", org)
                .param("period", period.toString())
                .param("year", period.year());
        if (onlyOffice != null) {
            insertSheets = insertSheets.param("office", onlyOffice);
            insertRows = insertRows.param("office", onlyOffice);
            insertBudget = insertBudget.param("office", onlyOffice);
        }
        insertSheets.update();
        insertRows.update();
        insertBudget.update();
    }

    Optional<ReportSheet> sheet(UUID org, UUID officeId, Period period, boolean forUpdate) {
        return jdbc.sql("select " + SHEET_COLUMNS
                        + " from progress_report where organization_id = ? and office_id = ? and period = ?"
                        + (forUpdate ? " for update" : ""))
                .params(org, officeId, period.toString())
                .query(ReportStore::sheet)
                .optional();
    }

    /** Reads the sheet with a shared lock: rows may be saved concurrently, a transition waits. */
    Optional<ReportSheet> sheetShared(UUID org, UUID officeId, Period period) {
        return jdbc.sql("select " + SHEET_COLUMNS
                        + " from progress_report where organization_id = ? and office_id = ? and period = ? for share")
                .params(org, officeId, period.toString())
                .query(ReportStore::sheet)
                .optional();
    }

    void save(ReportSheet sheet, Integer expectedVersion, String actor, boolean submitted, boolean reviewed) {
        int expected = expectedVersion == null ? sheet.version() : expectedVersion;
        int updated = jdbc.sql("""
                        update progress_report set state = :state, round = :round,
                            submitted_at = case when :submitted then now() else submitted_at end,
                            submitted_by = case when :submitted then :actor else submitted_by end,
                            reviewed_at = case when :reviewed then now() else reviewed_at end,
                            reviewed_by = case when :reviewed then :actor else reviewed_by end,
                            version = version + 1
                        where id = :id and version = :version""")
                .param("state", sheet.state().name())
                .param("round", sheet.round())
                .param("submitted", submitted)
                .param("reviewed", reviewed)
                .param("actor", actor)
                .param("id", sheet.id())
                .param("version", expected)
                .update();
        if (updated == 0) {
            throw new StaleVersionException(
                    "Otra persona cambió esta hoja de captura mientras usted la veía; vuelva a cargarla.");
        }
    }

    long event(ReportSheet sheet, ReportState from, String actor, String comment) {
        return jdbc.sql("""
                        insert into progress_report_event (report_id, organization_id, round, from_state, to_state, actor,
                                                           comment)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        sheet.id(),
                        sheet.organizationId(),
                        sheet.round(),
                        from == null ? null : from.name(),
                        sheet.state().name(),
                        actor,
                        comment)
                .query(Long.class)
                .single();
    }

    /**
     * The sheets of an organization, newest period first, optionally of one period and/or one office.
     *
     * @param officeNames office id → name
     */
    List<SheetSummary> summaries(
            UUID org, Period period, UUID officeId, Map<UUID, String> officeNames, LocalDate today) {
        return jdbc
                .sql("""
                        select r.id, r.office_id, r.period, r.state, r.round, r.not_reported, r.submitted_at,
                               r.submitted_by, r.reviewed_at, r.reviewed_by, r.version, p.deadline, p.state as period_state,
                               (select count(*) from progress_report_row w where w.report_id = r.id) as rows,
                               (select count(*) from progress_report_row w
                                 where w.report_id = r.id and w.executed is not null) as filled
                        from progress_report r
                        join capture_period p on p.organization_id = r.organization_id and p.period = r.period
                        where r.organization_id = :org
                          and (cast(:period as text) is null or r.period = cast(:period as text))
                          and (cast(:office as uuid) is null or r.office_id = cast(:office as uuid))
                        order by p.starts_on desc, r.office_id""")
                .param("org", org)
                .param("period", period == null ? null : period.toString())
                .param("office", officeId)
                .query((rs, n) -> {
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    ReportState state = ReportState.valueOf(rs.getString("state"));
                    Instant submitted = instant(rs, "submitted_at");
                    boolean open = "ABIERTO".equals(rs.getString("period_state"));
                    UUID office = rs.getObject("office_id", UUID.class);
                    return new SheetSummary(
                            rs.getObject("id", UUID.class),
                            office,
                            officeNames.getOrDefault(office, "—"),
                            Period.parse(rs.getString("period")),
                            state,
                            rs.getInt("round"),
                            rs.getBoolean("not_reported"),
                            deadline,
                            submitted,
                            rs.getString("submitted_by"),
                            instant(rs, "reviewed_at"),
                            rs.getString("reviewed_by"),
                            rs.getInt("rows"),
                            rs.getInt("filled"),
                            open && state.pending() && today.isAfter(deadline),
                            submitted != null
                                    && submitted.atZone(BOGOTA).toLocalDate().isAfter(deadline),
                            rs.getInt("version"));
                })
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(
                                (SheetSummary s) -> s.period().start())
                        .reversed()
                        .thenComparing(SheetSummary::officeName))
                .toList();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static CapturePeriod capturePeriod(ResultSet rs, int n) throws SQLException {
        return new CapturePeriod(
                Period.parse(rs.getString("period")),
                PeriodState.valueOf(rs.getString("state")),
                rs.getObject("deadline", LocalDate.class),
                rs.getString("opened_by"),
                instant(rs, "opened_at"),
                rs.getString("closed_by"),
                instant(rs, "closed_at"),
                rs.getInt("version"));
    }

    private static ReportSheet sheet(ResultSet rs, int n) throws SQLException {
        return new ReportSheet(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("office_id", UUID.class),
                Period.parse(rs.getString("period")),
                ReportState.valueOf(rs.getString("state")),
                rs.getInt("round"),
                rs.getBoolean("not_reported"),
                rs.getInt("version"));
    }

    /** The goals of the sheet's office programmed for its year (or one of them). */
    List<ProgrammedGoal> goalsOf(ReportSheet sheet, UUID goalId) {
        return jdbc.sql("""
                        select goal_id, sispt_code, name, unit, programming_type, baseline, eliminated, program_code,
                               program_name, target, q1, q2, q3, q4
                        from tracking_programmed_goal
                        where organization_id = :org and office_id = :office and year = :year
                          and (cast(:goal as uuid) is null or goal_id = cast(:goal as uuid))
                        order by program_code, position, sispt_code""")
                .param("org", sheet.organizationId())
                .param("office", sheet.officeId())
                .param("year", sheet.period().year())
                .param("goal", goalId)
                .query((rs, n) -> programmedGoal(rs))
                .list();
    }

    static ProgrammedGoal programmedGoal(ResultSet rs) throws SQLException {
        return new ProgrammedGoal(
                rs.getObject("goal_id", UUID.class),
                rs.getString("sispt_code"),
                rs.getString("name"),
                rs.getString("unit"),
                ProgrammingType.valueOf(rs.getString("programming_type")),
                Numerics.strip(rs.getBigDecimal("baseline")),
                rs.getBoolean("eliminated"),
                rs.getString("program_code"),
                rs.getString("program_name"),
                Numerics.strip(rs.getBigDecimal("target")),
                Arrays.asList(
                        Numerics.strip(rs.getBigDecimal("q1")),
                        Numerics.strip(rs.getBigDecimal("q2")),
                        Numerics.strip(rs.getBigDecimal("q3")),
                        Numerics.strip(rs.getBigDecimal("q4"))));
    }
}
