package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.StaleVersionException;
import co.rumbo.platform.db.Numerics;
import co.rumbo.structure.Plans;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracking module's face: the programmed and executed values of goals per period, and their
 * budget execution per year. Every method takes the organization, and a goal or plan of another
 * organization is "not found". Writes are audited by the database (the tables carry
 * {@code organization_id}), with the acting user of the transaction.
 *
 * <p>Reading for read models (the dashboard): {@link #forPlan} loads a whole plan in two queries.
 * Code that aggregates in SQL instead may read the views {@code goal_value_by_plan} (plan_id,
 * goal_id, organization_id, period, period_kind YEAR|QUARTER|MONTH, year, programmed, executed,
 * source, updated_at, version) and {@code goal_budget_by_plan} (plan_id, goal_id, organization_id,
 * year, appropriation, commitments, obligations, payments, source, updated_at, version); always
 * filter them by organization_id too.
 */
@Service
public class GoalValues {

    private static final String VALUE_COLUMNS = "goal_id, period, programmed, executed, source, version, updated_at";
    private static final String BUDGET_COLUMNS =
            "goal_id, year, appropriation, commitments, obligations, payments, source, version";

    private final JdbcClient jdbc;
    private final Plans plans;
    private final PeriodLocks locks;

    GoalValues(JdbcClient jdbc, Plans plans, PeriodLocks locks) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.locks = locks;
    }

    /**
     * Sets a goal's programmed and executed value for a period by hand (source MANUAL), replacing
     * whatever was there, from any source. Setting the same figures again changes nothing.
     *
     * @param expectedVersion the version the person saw, or null to skip the optimistic check
     * @throws NotFoundException the goal is not the organization's
     * @throws BusinessRuleException the goal is eliminated, or the period is outside the plan's years
     * @throws StaleVersionException someone changed the value since {@code expectedVersion}
     * @throws co.rumbo.platform.LockedException the period overlaps a closed capture period
     */
    @Transactional
    public PeriodValue set(UUID organizationId, UUID goalId, Period period, ValueEntry entry, Integer expectedVersion) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(entry, "entry");
        GoalRef goal = goal(organizationId, goalId);
        if (goal.eliminated()) {
            throw new BusinessRuleException("La meta " + goal.sisptCode() + " está eliminada: no recibe valores.");
        }
        if (period.year() < goal.firstYear() || period.year() > goal.lastYear()) {
            throw new BusinessRuleException("El periodo %s está fuera de los años del plan (%d a %d)."
                    .formatted(period, goal.firstYear(), goal.lastYear()));
        }
        locks.requireWritable(organizationId, period);
        Optional<PeriodValue> existing = jdbc.sql(
                        "select " + VALUE_COLUMNS + " from goal_value where goal_id = ? and period = ? for update")
                .params(goalId, period.toString())
                .query(GoalValues::periodValue)
                .optional();
        if (expectedVersion != null && existing.map(PeriodValue::version).orElse(0) != expectedVersion) {
            throw new StaleVersionException(
                    "Otra persona cambió este valor mientras usted lo editaba; vuelva a leerlo antes de guardarlo.");
        }
        if (existing.isPresent() && sameFigures(existing.get(), entry)) {
            return existing.get();
        }
        return jdbc.sql("""
                        insert into goal_value (goal_id, organization_id, period, programmed, executed, source)
                        values (:goal, :org, :period, :programmed, :executed, 'MANUAL')
                        on conflict (goal_id, period) do update set programmed = excluded.programmed,
                            executed = excluded.executed, source = excluded.source, updated_at = now(),
                            version = goal_value.version + 1
                        returning\s""" + VALUE_COLUMNS)
                .param("goal", goalId)
                .param("org", organizationId)
                .param("period", period.toString())
                .param("programmed", entry.programmed())
                .param("executed", entry.executed())
                .query(GoalValues::periodValue)
                .single();
    }

    /** Everything tracked for one goal. */
    @Transactional(readOnly = true)
    public GoalValueSet ofGoal(UUID organizationId, UUID goalId) {
        goal(organizationId, goalId);
        List<PeriodValue> values = jdbc.sql("select " + VALUE_COLUMNS + " from goal_value where goal_id = ?")
                .param(goalId)
                .query(GoalValues::periodValue)
                .list();
        List<BudgetExecution> budgets = jdbc.sql(
                        "select " + BUDGET_COLUMNS + " from goal_budget_execution where goal_id = ?")
                .param(goalId)
                .query(GoalValues::budget)
                .list();
        return new GoalValueSet(goalId, values, budgets);
    }

    /**
     * Everything tracked for the goals of a plan, by goal: the read API of the dashboard. Two
     * queries whatever the plan's size; goals with nothing tracked are left out of the map.
     *
     * @throws NotFoundException the plan is not the organization's
     */
    @Transactional(readOnly = true)
    public PlanValues forPlan(UUID organizationId, UUID planId) {
        plans.plan(organizationId, planId);
        Map<UUID, List<PeriodValue>> values = new LinkedHashMap<>();
        jdbc.sql("select " + VALUE_COLUMNS + " from goal_value_by_plan where plan_id = ? and organization_id = ?")
                .params(planId, organizationId)
                .query(rs -> {
                    values.computeIfAbsent(rs.getObject("goal_id", UUID.class), k -> new ArrayList<>())
                            .add(periodValue(rs, 0));
                });
        Map<UUID, List<BudgetExecution>> budgets = new LinkedHashMap<>();
        jdbc.sql("select " + BUDGET_COLUMNS + " from goal_budget_by_plan where plan_id = ? and organization_id = ?")
                .params(planId, organizationId)
                .query(rs -> {
                    budgets.computeIfAbsent(rs.getObject("goal_id", UUID.class), k -> new ArrayList<>())
                            .add(budget(rs, 0));
                });
        Map<UUID, GoalValueSet> byGoal = new LinkedHashMap<>();
        values.forEach(
                (goal, list) -> byGoal.put(goal, new GoalValueSet(goal, list, budgets.getOrDefault(goal, List.of()))));
        budgets.forEach((goal, list) -> byGoal.putIfAbsent(goal, new GoalValueSet(goal, List.of(), list)));
        return new PlanValues(planId, byGoal);
    }

    /**
     * Makes what a source says about a plan exactly {@code load}: its values and budgets are
     * inserted or changed (unchanged rows are not written, so loading the same data twice leaves no
     * trace in the audit trail), and its older rows for the load's periods and years that the load
     * no longer has are removed. A goal-period (or goal-year) already set by another source — a
     * person, say — is kept as it is and reported in {@link SourceLoadResult#kept()}. Set-based:
     * a few statements whatever the size of the load. Joins the caller's transaction.
     *
     * @throws NotFoundException the plan is not the organization's, or a goal is not the plan's
     */
    @Transactional
    public SourceLoadResult replaceSource(UUID organizationId, UUID planId, SourceLoad load) {
        plans.plan(organizationId, planId);
        requireGoalsOfPlan(organizationId, planId, load);
        String source = load.source().name();
        String[] goals = load.values().stream().map(v -> v.goalId().toString()).toArray(String[]::new);
        String[] periods =
                load.values().stream().map(v -> v.period().toString()).toArray(String[]::new);
        List<SourceLoadResult.Kept> kept = new ArrayList<>();
        jdbc.sql("""
                        select v.goal_id, v.period, v.source from goal_value v
                        join unnest(:g::uuid[], :p::text[]) as r(g, p) on r.g = v.goal_id and r.p = v.period
                        where v.source <> :source order by v.goal_id, v.period""")
                .param("g", goals)
                .param("p", periods)
                .param("source", source)
                .query(rs -> {
                    kept.add(new SourceLoadResult.Kept(
                            rs.getObject(1, UUID.class), rs.getString(2), false, ValueSource.valueOf(rs.getString(3))));
                });
        int valuesWritten = jdbc.sql("""
                        insert into goal_value (goal_id, organization_id, period, programmed, executed, source)
                        select r.g::uuid, :org, r.p, r.pr::numeric, r.ex::numeric, :source
                        from unnest(:g::text[], :p::text[], :pr::text[], :ex::text[]) as r(g, p, pr, ex)
                        on conflict (goal_id, period) do update set programmed = excluded.programmed,
                            executed = excluded.executed, updated_at = now(), version = goal_value.version + 1
                        where goal_value.source = excluded.source
                          and (goal_value.programmed, goal_value.executed)
                              is distinct from (excluded.programmed, excluded.executed)""")
                .param("org", organizationId)
                .param("source", source)
                .param("g", goals)
                .param("p", periods)
                .param("pr", plain(load.values().stream().map(ValueWrite::programmed)))
                .param("ex", plain(load.values().stream().map(ValueWrite::executed)))
                .update();
        int valuesRemoved = jdbc.sql("""
                        delete from goal_value v using tracking_goal g
                        where g.id = v.goal_id and g.plan_id = :plan and g.organization_id = :org
                          and v.source = :source and v.period = any(:periods::text[])
                          and not exists (select from unnest(:g::text[], :p::text[]) as r(g, p)
                                          where r.g::uuid = v.goal_id and r.p = v.period)""")
                .param("plan", planId)
                .param("org", organizationId)
                .param("source", source)
                .param("periods", load.periods().stream().map(Period::toString).toArray(String[]::new))
                .param("g", goals)
                .param("p", periods)
                .update();

        String[] budgetGoals =
                load.budgets().stream().map(b -> b.goalId().toString()).toArray(String[]::new);
        Integer[] years = load.budgets().stream().map(BudgetWrite::year).toArray(Integer[]::new);
        jdbc.sql("""
                        select b.goal_id, b.year, b.source from goal_budget_execution b
                        join unnest(:g::uuid[], :y::int[]) as r(g, y) on r.g = b.goal_id and r.y = b.year
                        where b.source <> :source order by b.goal_id, b.year""")
                .param("g", budgetGoals)
                .param("y", years)
                .param("source", source)
                .query(rs -> {
                    kept.add(new SourceLoadResult.Kept(
                            rs.getObject(1, UUID.class),
                            Integer.toString(rs.getInt(2)),
                            true,
                            ValueSource.valueOf(rs.getString(3))));
                });
        int budgetsWritten = jdbc.sql("""
                        insert into goal_budget_execution (goal_id, organization_id, year, appropriation, commitments,
                                                           obligations, payments, source)
                        select r.g::uuid, :org, r.y, r.a::numeric, r.c::numeric, r.o::numeric, r.p::numeric, :source
                        from unnest(:g::text[], :y::int[], :a::text[], :c::text[], :o::text[], :p::text[])
                             as r(g, y, a, c, o, p)
                        on conflict (goal_id, year) do update set appropriation = excluded.appropriation,
                            commitments = excluded.commitments, obligations = excluded.obligations,
                            payments = excluded.payments, updated_at = now(),
                            version = goal_budget_execution.version + 1
                        where goal_budget_execution.source = excluded.source
                          and (goal_budget_execution.appropriation, goal_budget_execution.commitments,
                               goal_budget_execution.obligations, goal_budget_execution.payments)
                              is distinct from (excluded.appropriation, excluded.commitments,
                                                excluded.obligations, excluded.payments)""")
                .param("org", organizationId)
                .param("source", source)
                .param("g", budgetGoals)
                .param("y", years)
                .param("a", plain(load.budgets().stream().map(BudgetWrite::appropriation)))
                .param("c", plain(load.budgets().stream().map(BudgetWrite::commitments)))
                .param("o", plain(load.budgets().stream().map(BudgetWrite::obligations)))
                .param("p", plain(load.budgets().stream().map(BudgetWrite::payments)))
                .update();
        int budgetsRemoved = jdbc.sql("""
                        delete from goal_budget_execution b using tracking_goal g
                        where g.id = b.goal_id and g.plan_id = :plan and g.organization_id = :org
                          and b.source = :source and b.year = any(:years::int[])
                          and not exists (select from unnest(:g::text[], :y::int[]) as r(g, y)
                                          where r.g::uuid = b.goal_id and r.y = b.year)""")
                .param("plan", planId)
                .param("org", organizationId)
                .param("source", source)
                .param("years", load.budgetYears().toArray(Integer[]::new))
                .param("g", budgetGoals)
                .param("y", years)
                .update();
        return new SourceLoadResult(valuesWritten, valuesRemoved, budgetsWritten, budgetsRemoved, kept);
    }

    private void requireGoalsOfPlan(UUID organizationId, UUID planId, SourceLoad load) {
        String[] ids = java.util.stream.Stream.concat(
                        load.values().stream().map(ValueWrite::goalId),
                        load.budgets().stream().map(BudgetWrite::goalId))
                .distinct()
                .map(UUID::toString)
                .toArray(String[]::new);
        long found = jdbc.sql("""
                        select count(*) from tracking_goal
                        where plan_id = ? and organization_id = ? and id = any(?::uuid[])""")
                .params(planId, organizationId, ids)
                .query(Long.class)
                .single();
        if (found != ids.length) {
            throw new NotFoundException("Alguna de las metas no pertenece al plan");
        }
    }

    private GoalRef goal(UUID organizationId, UUID goalId) {
        return jdbc.sql("""
                        select sispt_code, eliminated, first_year, last_year from tracking_goal
                        where organization_id = ? and id = ?""")
                .params(organizationId, goalId)
                .query((rs, n) -> new GoalRef(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getInt(4)))
                .optional()
                .orElseThrow(() -> new NotFoundException("La meta no existe"));
    }

    private record GoalRef(String sisptCode, boolean eliminated, int firstYear, int lastYear) {}

    private static boolean sameFigures(PeriodValue existing, ValueEntry entry) {
        return existing.source() == ValueSource.MANUAL
                && sameNumber(existing.programmed(), entry.programmed())
                && sameNumber(existing.executed(), entry.executed());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String[] plain(java.util.stream.Stream<BigDecimal> values) {
        return values.map(v -> v == null ? null : v.toPlainString()).toArray(String[]::new);
    }

    private static PeriodValue periodValue(ResultSet rs, int n) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new PeriodValue(
                Period.parse(rs.getString("period")),
                Numerics.strip(rs.getBigDecimal("programmed")),
                Numerics.strip(rs.getBigDecimal("executed")),
                ValueSource.valueOf(rs.getString("source")),
                rs.getInt("version"),
                updated == null ? null : updated.toInstant());
    }

    private static BudgetExecution budget(ResultSet rs, int n) throws SQLException {
        return new BudgetExecution(
                rs.getInt("year"),
                Numerics.strip(rs.getBigDecimal("appropriation")),
                Numerics.strip(rs.getBigDecimal("commitments")),
                Numerics.strip(rs.getBigDecimal("obligations")),
                Numerics.strip(rs.getBigDecimal("payments")),
                ValueSource.valueOf(rs.getString("source")),
                rs.getInt("version"));
    }
}
