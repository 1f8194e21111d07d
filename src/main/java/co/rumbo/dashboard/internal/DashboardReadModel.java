package co.rumbo.dashboard.internal;

import static co.rumbo.platform.db.Numerics.strip;

import co.rumbo.dashboard.GoalDashboard.ValueChange;
import co.rumbo.dashboard.PlanInfo;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.progress.Thresholds;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tablero's reads, all through the views of {@code V8__dashboard_read_model.sql}. A whole plan is
 * read with one query per kind of row (goals, lines, targets, costs, budget, values), each a single
 * pass over the plan's rows: the cost grows with the data, not with the number of goals times
 * queries. Every query is bound to the organization, so another tenant's rows are never read.
 */
@Component
public class DashboardReadModel {

    private static final String PLAN_COLUMNS = """
            select id, organization_id, organization_name, dane_code, name, first_year, last_year,
                   red_below, green_from, over_above
            from dashboard_plan""";

    private final JdbcClient jdbc;

    DashboardReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan with its organization's thresholds; empty when it is not the organization's. */
    public Optional<PlanWithThresholds> plan(UUID organizationId, UUID planId) {
        return jdbc.sql(PLAN_COLUMNS + " where organization_id = ? and id = ?")
                .params(organizationId, planId)
                .query(DashboardReadModel::planRow)
                .optional();
    }

    /** The organization's plans, the most recent first. */
    public List<PlanInfo> plans(UUID organizationId) {
        return jdbc
                .sql(PLAN_COLUMNS + " where organization_id = ? order by first_year desc")
                .param(organizationId)
                .query(DashboardReadModel::planRow)
                .list()
                .stream()
                .map(PlanWithThresholds::plan)
                .toList();
    }

    /** The plan a goal belongs to; empty when the goal is not the organization's. */
    public Optional<UUID> planOfGoal(UUID organizationId, UUID goalId) {
        return jdbc.sql("select plan_id from dashboard_goal where organization_id = ? and id = ?")
                .params(organizationId, goalId)
                .query(UUID.class)
                .optional();
    }

    /** A plan together with the thresholds of its organization. */
    public record PlanWithThresholds(PlanInfo plan, Thresholds thresholds) {}

    /** Everything the tablero of a plan is computed from; only one goal's data when {@code goalId} is set. */
    public PlanData read(PlanWithThresholds header, UUID goalId) {
        PlanInfo plan = header.plan();
        UUID org = plan.organizationId();
        Map<UUID, GoalData> goals = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, sispt_code, budget_kind, name, unit, sector_code, sector_name, program_code,
                               program_name, office_id, office_name, programming_type, baseline, weight, eliminated
                        from dashboard_goal
                        where organization_id = :org and plan_id = :plan and (cast(:goal as uuid) is null or id = :goal)
                        order by budget_kind, position""")
                .param("org", org)
                .param("plan", plan.id())
                .param("goal", goalId)
                .query(rs -> {
                    GoalData.Facts facts = new GoalData.Facts(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getObject(10, UUID.class),
                            rs.getString(11),
                            ProgrammingType.valueOf(rs.getString(12)),
                            dec(rs, 13),
                            dec(rs, 14),
                            rs.getBoolean(15));
                    goals.put(facts.id(), new GoalData(facts));
                });
        List<PlanData.Line> lines = jdbc.sql("""
                        select id, code, name, weight from dashboard_line
                        where organization_id = ? and plan_id = ? order by position""")
                .params(org, plan.id())
                .query((rs, n) ->
                        new PlanData.Line(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), dec(rs, 4)))
                .list();
        jdbc.sql(planRows("""
                        select gl.goal_id, l.id, l.code from dashboard_goal_line gl
                        join dashboard_line l on l.id = gl.line_id
                        join dashboard_goal g on g.id = gl.goal_id""", "gl", "gl.position"))
                .param("org", org)
                .param("plan", plan.id())
                .param("goal", goalId)
                .query(rs -> {
                    GoalData goal = goals.get(rs.getObject(1, UUID.class));
                    if (goal != null) {
                        goal.addLine(rs.getObject(2, UUID.class), rs.getString(3));
                    }
                });
        // Targets, costs and budget execution, one query each: a UNION ALL of the three behind one join
        // was planned ten times slower (the join could not be pushed into its branches).
        yearRows(
                "select t.goal_id, t.year, t.target from dashboard_goal_target t join dashboard_goal g on g.id = t.goal_id",
                "t",
                plan,
                goalId,
                goals,
                (year, rs) -> year.target = dec(rs, 3));
        yearRows(
                "select c.goal_id, c.year, c.cost from dashboard_goal_cost c join dashboard_goal g on g.id = c.goal_id",
                "c",
                plan,
                goalId,
                goals,
                (year, rs) -> year.cost = dec(rs, 3));
        yearRows(
                """
                select b.goal_id, b.year, b.appropriation, b.commitments, b.obligations, b.payments
                from dashboard_goal_budget b join dashboard_goal g on g.id = b.goal_id""",
                "b",
                plan,
                goalId,
                goals,
                (year, rs) -> year.budget = new GoalData.Budget(dec(rs, 3), dec(rs, 4), dec(rs, 5), dec(rs, 6)));
        // The largest read: four columns only (when and where a value came from is read for one goal's
        // page, not for the plan), and no expression per row; values outside the plan's years are skipped.
        jdbc.sql(planRows(
                        "select v.goal_id, v.period, v.programmed, v.executed from dashboard_goal_value v"
                                + " join dashboard_goal g on g.id = v.goal_id",
                        "v",
                        null))
                .param("org", org)
                .param("plan", plan.id())
                .param("goal", goalId)
                .query(rs -> {
                    GoalData goal = goals.get(rs.getObject(1, UUID.class));
                    String period = rs.getString(2);
                    int year = GoalData.Value.yearOf(period);
                    if (goal != null && year >= plan.firstYear() && year <= plan.lastYear()) {
                        goal.yearForWriting(year).values.add(GoalData.Value.of(period, dec(rs, 3), dec(rs, 4)));
                    }
                });
        return new PlanData(plan, header.thresholds(), lines, new ArrayList<>(goals.values()));
    }

    /** Every value recorded for a goal, the latest change first. */
    public List<ValueChange> values(UUID organizationId, UUID goalId) {
        return jdbc.sql("""
                        select period, programmed, executed, source, updated_at, version from dashboard_goal_value
                        where organization_id = ? and goal_id = ? order by updated_at desc, period desc""")
                .params(organizationId, goalId)
                .query((rs, n) -> new ValueChange(
                        rs.getString(1),
                        dec(rs, 2),
                        dec(rs, 3),
                        rs.getString(4),
                        instant(rs.getTimestamp(5)),
                        rs.getInt(6)))
                .list();
    }

    /** The organization's change log state; see {@link DataVersion}. */
    public DataVersion version(UUID organizationId) {
        return jdbc.sql("select count(*), coalesce(max(id), 0) from dashboard_change where org_id = ?")
                .param(organizationId)
                .query((rs, n) -> new DataVersion(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    @FunctionalInterface
    private interface YearRow {
        void read(GoalData.Year year, ResultSet rs) throws SQLException;
    }

    /** Rows keyed by (goal, year) of the plan's years, bound to the organization and the plan. */
    private void yearRows(
            String select, String alias, PlanInfo plan, UUID goalId, Map<UUID, GoalData> goals, YearRow reader) {
        jdbc.sql(planRows(select, alias, null) + " and " + alias + ".year between :first and :last")
                .param("org", plan.organizationId())
                .param("plan", plan.id())
                .param("goal", goalId)
                .param("first", plan.firstYear())
                .param("last", plan.lastYear())
                .query(rs -> {
                    GoalData goal = goals.get(rs.getObject(1, UUID.class));
                    if (goal != null) {
                        reader.read(goal.yearForWriting(rs.getInt(2)), rs);
                    }
                });
    }

    // The alias is a constant of this class, never user input.
    private static String planRows(String select, String alias, String orderBy) {
        return select + " where " + alias + ".organization_id = :org and g.organization_id = :org and g.plan_id = :plan"
                + " and (cast(:goal as uuid) is null or g.id = :goal)"
                + (orderBy == null ? "" : " order by " + orderBy);
    }

    private static PlanWithThresholds planRow(ResultSet rs, int n) throws SQLException {
        PlanInfo plan = new PlanInfo(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"),
                rs.getString("dane_code"),
                rs.getString("name"),
                rs.getInt("first_year"),
                rs.getInt("last_year"));
        Thresholds thresholds = new Thresholds(
                rs.getBigDecimal("red_below"), rs.getBigDecimal("green_from"), rs.getBigDecimal("over_above"));
        return new PlanWithThresholds(plan, thresholds);
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** numeric(20,6) pads the scale; 10 reads better than 10.000000 on a page and in JSON. */
    private static BigDecimal dec(ResultSet rs, int column) throws SQLException {
        return strip(rs.getBigDecimal(column));
    }
}
