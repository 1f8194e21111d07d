package co.rumbo.structure;

import static co.rumbo.platform.db.Numerics.strip;

import co.rumbo.platform.NotFoundException;
import co.rumbo.progress.ProgrammingType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a whole plan as a file describes it, and reads it back. Saving merges: lines, outcomes and
 * goals are matched by their SisPT codes, rows that did not change are not written (so importing the
 * same file twice leaves no trace in the audit trail), and what Rumbo adds to a goal (responsible
 * office, weight, baseline) is kept. Goals missing from a new file are marked eliminated, never
 * deleted: later follow-up data hangs from them.
 *
 * <p>Everything is written with a few set-based statements ({@code unnest} of arrays) rather than a
 * statement per cell: a department's plan has tens of thousands of cost cells.
 */
@Service
public class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcome of {@link #save}: the plan and what the merge did. */
    public record SaveResult(UUID planId, boolean created, int goalsEliminated, List<String> eliminatedCodes) {}

    @Transactional
    public SaveResult save(UUID organizationId, PlanContent content) {
        UUID existing = jdbc.sql("select id from development_plan where organization_id = ? and first_year = ?")
                .params(organizationId, content.firstYear())
                .query(UUID.class)
                .optional()
                .orElse(null);
        UUID planId = existing != null ? existing : insertPlan(organizationId, content);
        if (existing != null) {
            updatePlan(planId, content);
        }
        Map<String, UUID> lines = saveLines(organizationId, planId, content.lines());
        saveOutcomes(organizationId, planId, content.outcomes(), lines);
        Map<String, UUID> allGoals = saveGoals(organizationId, planId, content.goals());
        Map<String, UUID> goals = new LinkedHashMap<>();
        content.goals().forEach(g -> goals.put(key(g), allGoals.get(key(g))));
        saveGoalLines(organizationId, goals, content.goals(), lines);
        saveGoalPeriods(organizationId, goals, content.goals());
        saveGoalCosts(organizationId, goals, content.goals());
        saveGoalBpins(organizationId, goals, content.goals());
        saveInitiatives(organizationId, planId, content.initiatives());
        reviveReturning(planId, goals);
        List<String> eliminated = eliminateMissing(planId, goals);
        return new SaveResult(planId, existing == null, eliminated.size(), eliminated);
    }

    private UUID insertPlan(UUID organizationId, PlanContent c) {
        return jdbc.sql("""
                        insert into development_plan (organization_id, name, first_year, last_year, created_on, layout)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        organizationId,
                        c.name(),
                        c.firstYear(),
                        c.lastYear(),
                        c.createdOn(),
                        c.layout().name())
                .query(UUID.class)
                .single();
    }

    private void updatePlan(UUID planId, PlanContent c) {
        jdbc.sql("""
                        update development_plan set name = ?, last_year = ?, created_on = ?, layout = ?, version = version + 1
                        where id = ? and (name, last_year, created_on, layout) is distinct from (?, ?, ?, ?)""")
                .params(c.name(), c.lastYear(), c.createdOn(), c.layout().name(), planId)
                .params(c.name(), c.lastYear(), c.createdOn(), c.layout().name())
                .update();
    }

    private Map<String, UUID> saveLines(UUID org, UUID planId, List<PlanContent.Line> lines) {
        jdbc.sql("""
                        insert into strategic_line (organization_id, plan_id, code, name, position)
                        select :org, :plan, l.code, l.name, l.pos
                        from unnest(:codes::text[], :names::text[], :positions::int[]) as l(code, name, pos)
                        on conflict (plan_id, code) do update set name = excluded.name, position = excluded.position,
                            version = strategic_line.version + 1
                        where (strategic_line.name, strategic_line.position) is distinct from (excluded.name, excluded.position)""")
                .param("org", org)
                .param("plan", planId)
                .param("codes", texts(lines, PlanContent.Line::code))
                .param("names", texts(lines, PlanContent.Line::name))
                .param("positions", positions(lines.size()))
                .update();
        jdbc.sql("delete from strategic_line where plan_id = ? and not (code = any(?::text[]))")
                .params(planId, texts(lines, PlanContent.Line::code))
                .update();
        return idsByKey("select code as key, id from strategic_line where plan_id = ?", planId);
    }

    private void saveOutcomes(UUID org, UUID planId, List<PlanContent.Outcome> outcomes, Map<String, UUID> lines) {
        jdbc.sql("""
                        insert into outcome_goal (organization_id, plan_id, code, line_text, line_id, indicator,
                                                  in_national_plan, four_year_target, transformation, position)
                        select :org, :plan, o.code, o.line_text, o.line_id::uuid, coalesce(o.indicator, ''), o.national,
                               o.target, o.transformation, o.pos
                        from unnest(:codes::text[], :lineTexts::text[], :lineIds::text[], :indicators::text[],
                                    :nationals::text[], :targets::text[], :transformations::text[], :positions::int[])
                             as o(code, line_text, line_id, indicator, national, target, transformation, pos)
                        on conflict (plan_id, code) do update set line_text = excluded.line_text, line_id = excluded.line_id,
                            indicator = excluded.indicator, in_national_plan = excluded.in_national_plan,
                            four_year_target = excluded.four_year_target, transformation = excluded.transformation,
                            position = excluded.position, version = outcome_goal.version + 1
                        where (outcome_goal.line_text, outcome_goal.line_id, outcome_goal.indicator, outcome_goal.in_national_plan,
                               outcome_goal.four_year_target, outcome_goal.transformation, outcome_goal.position)
                            is distinct from (excluded.line_text, excluded.line_id, excluded.indicator, excluded.in_national_plan,
                               excluded.four_year_target, excluded.transformation, excluded.position)""")
                .param("org", org)
                .param("plan", planId)
                .param("codes", texts(outcomes, PlanContent.Outcome::code))
                .param("lineTexts", texts(outcomes, PlanContent.Outcome::lineText))
                .param("lineIds", texts(outcomes, o -> o.lineCode() == null ? null : lines.get(o.lineCode())))
                .param("indicators", texts(outcomes, PlanContent.Outcome::indicator))
                .param("nationals", texts(outcomes, PlanContent.Outcome::inNationalPlan))
                .param("targets", texts(outcomes, PlanContent.Outcome::fourYearTarget))
                .param("transformations", texts(outcomes, PlanContent.Outcome::transformation))
                .param("positions", positions(outcomes.size()))
                .update();
        jdbc.sql("delete from outcome_goal where plan_id = ? and not (code = any(?::text[]))")
                .params(planId, texts(outcomes, PlanContent.Outcome::code))
                .update();
    }

    private static final String GOAL_FILE_COLUMNS = """
            budget_kind, sispt_code, line_text, sector_code, sector_name, program_code, program_name, product_code,
            product_name, indicator_code, indicator_name, custom_name, unit, four_year_target, programming_type,
            type_inferred, accumulation_text, principal, ods_code, ods_name, sgr_initiative, sgr_cofinanced, position""";

    private Map<String, UUID> saveGoals(UUID org, UUID planId, List<PlanContent.Goal> goals) {
        List<String> columns = List.of(GOAL_FILE_COLUMNS.strip().split("\\s*,\\s*"));
        String set = String.join(
                ", ", columns.stream().map(c -> c + " = excluded." + c).toList());
        String mine =
                String.join(", ", columns.stream().map(c -> "product_goal." + c).toList());
        String theirs =
                String.join(", ", columns.stream().map(c -> "excluded." + c).toList());
        jdbc.sql("insert into product_goal (organization_id, plan_id, " + GOAL_FILE_COLUMNS + """
                        )
                        select :org, :plan, g.* from unnest(
                            :kinds::text[], :codes::text[], :lineTexts::text[], :sectorCodes::text[], :sectorNames::text[],
                            :programCodes::text[], :programNames::text[], :productCodes::text[], :productNames::text[],
                            :indicatorCodes::text[], :indicatorNames::text[], :customNames::text[], :units::text[],
                            :targets::numeric[], :types::text[], :inferred::boolean[], :accumulations::text[],
                            :principals::text[], :odsCodes::text[], :odsNames::text[], :initiatives::text[],
                            :cofinanced::text[], :positions::int[]) as g
                        on conflict (plan_id, budget_kind, sispt_code) do update set """
                        + " " + set + ", version = product_goal.version + 1 where (" + mine + ") is distinct from ("
                        + theirs
                        + ")")
                .param("org", org)
                .param("plan", planId)
                .param("kinds", texts(goals, g -> g.budgetKind().name()))
                .param("codes", texts(goals, PlanContent.Goal::sisptCode))
                .param("lineTexts", texts(goals, PlanContent.Goal::lineText))
                .param("sectorCodes", texts(goals, PlanContent.Goal::sectorCode))
                .param("sectorNames", texts(goals, PlanContent.Goal::sectorName))
                .param("programCodes", texts(goals, PlanContent.Goal::programCode))
                .param("programNames", texts(goals, PlanContent.Goal::programName))
                .param("productCodes", texts(goals, PlanContent.Goal::productCode))
                .param("productNames", texts(goals, PlanContent.Goal::productName))
                .param("indicatorCodes", texts(goals, PlanContent.Goal::indicatorCode))
                .param("indicatorNames", texts(goals, PlanContent.Goal::indicatorName))
                .param("customNames", texts(goals, PlanContent.Goal::customName))
                .param("units", texts(goals, PlanContent.Goal::unit))
                .param("targets", texts(goals, PlanContent.Goal::fourYearTarget))
                .param("types", texts(goals, g -> g.programmingType().name()))
                .param(
                        "inferred",
                        goals.stream().map(PlanContent.Goal::typeInferred).toArray(Boolean[]::new))
                .param("accumulations", texts(goals, PlanContent.Goal::accumulationText))
                .param("principals", texts(goals, PlanContent.Goal::principal))
                .param("odsCodes", texts(goals, PlanContent.Goal::odsCode))
                .param("odsNames", texts(goals, PlanContent.Goal::odsName))
                .param("initiatives", texts(goals, PlanContent.Goal::sgrInitiative))
                .param("cofinanced", texts(goals, PlanContent.Goal::sgrCofinanced))
                .param("positions", positions(goals.size()))
                .update();
        return idsByKey(
                "select budget_kind || ':' || sispt_code as key, id from product_goal where plan_id = ?", planId);
    }

    private void saveGoalLines(
            UUID org, Map<String, UUID> goalIds, List<PlanContent.Goal> goals, Map<String, UUID> lines) {
        List<String[]> rows = new ArrayList<>();
        for (PlanContent.Goal g : goals) {
            int pos = 0;
            for (String code : g.lineCodes().stream().distinct().toList()) { // a cell may repeat a line
                UUID line = lines.get(code);
                if (line != null) {
                    rows.add(new String[] {goalIds.get(key(g)).toString(), line.toString(), Integer.toString(pos++)});
                }
            }
        }
        jdbc.sql("""
                        insert into product_goal_line (goal_id, line_id, organization_id, position)
                        select r.g::uuid, r.l::uuid, :org, r.p::int from unnest(:g::text[], :l::text[], :p::text[]) as r(g, l, p)
                        on conflict (goal_id, line_id) do update set position = excluded.position
                        where product_goal_line.position is distinct from excluded.position""")
                .param("org", org)
                .param("g", column(rows, 0))
                .param("l", column(rows, 1))
                .param("p", column(rows, 2))
                .update();
        jdbc.sql("""
                        with r as materialized (select g::uuid as g, l::uuid as l from unnest(:g::text[], :l::text[]) as u(g, l))
                        delete from product_goal_line x where x.goal_id = any(:goals::uuid[])
                        and not exists (select from r where r.g = x.goal_id and r.l = x.line_id)""")
                .param("goals", goalIdArray(goalIds))
                .param("g", column(rows, 0))
                .param("l", column(rows, 1))
                .update();
    }

    private void saveGoalPeriods(UUID org, Map<String, UUID> goalIds, List<PlanContent.Goal> goals) {
        List<String[]> rows = new ArrayList<>();
        for (PlanContent.Goal g : goals) {
            for (PlanContent.PeriodTarget p : g.periods()) {
                rows.add(new String[] {
                    goalIds.get(key(g)).toString(), p.period(), plain(p.target()), plain(p.fileTotal())
                });
            }
        }
        jdbc.sql("""
                        with r as materialized (
                            select g::uuid as g, p, t::numeric as t, f::numeric as f
                            from unnest(:g::text[], :p::text[], :t::text[], :f::text[]) as u(g, p, t, f)),
                        changed as (
                            select r.* from r left join product_goal_period x on x.goal_id = r.g and x.period = r.p
                            where x.goal_id is null or (x.target, x.file_total) is distinct from (r.t, r.f))
                        insert into product_goal_period (goal_id, organization_id, period, target, file_total)
                        select g, :org, p, t, f from changed
                        on conflict (goal_id, period) do update set target = excluded.target, file_total = excluded.file_total""")
                .param("org", org)
                .param("g", column(rows, 0))
                .param("p", column(rows, 1))
                .param("t", column(rows, 2))
                .param("f", column(rows, 3))
                .update();
        jdbc.sql("""
                        with r as materialized (select g::uuid as g, p from unnest(:g::text[], :p::text[]) as u(g, p))
                        delete from product_goal_period x where x.goal_id = any(:goals::uuid[])
                        and not exists (select from r where r.g = x.goal_id and r.p = x.period)""")
                .param("goals", goalIdArray(goalIds))
                .param("g", column(rows, 0))
                .param("p", column(rows, 1))
                .update();
    }

    private void saveGoalCosts(UUID org, Map<String, UUID> goalIds, List<PlanContent.Goal> goals) {
        List<String[]> rows = new ArrayList<>();
        for (PlanContent.Goal g : goals) {
            for (PlanContent.Cost c : g.costs()) {
                rows.add(new String[] {goalIds.get(key(g)).toString(), c.period(), c.sourceCode(), plain(c.amount())});
            }
        }
        jdbc.sql("""
                        with r as materialized (
                            select g::uuid as g, p, s, a::numeric as a from unnest(:g::text[], :p::text[], :s::text[], :a::text[]) as u(g, p, s, a)),
                        changed as (  -- a hash join finds the few rows that differ; only those are written
                            select r.* from r left join product_goal_cost c
                                on c.goal_id = r.g and c.period = r.p and c.source_code = r.s
                            where c.goal_id is null or c.amount is distinct from r.a)
                        insert into product_goal_cost (goal_id, organization_id, period, source_code, amount)
                        select g, :org, p, s, a from changed
                        on conflict (goal_id, period, source_code) do update set amount = excluded.amount""")
                .param("org", org)
                .param("g", column(rows, 0))
                .param("p", column(rows, 1))
                .param("s", column(rows, 2))
                .param("a", column(rows, 3))
                .update();
        jdbc.sql("""
                        with r as materialized (
                            select g::uuid as g, p, s from unnest(:g::text[], :p::text[], :s::text[]) as u(g, p, s))
                        delete from product_goal_cost x where x.goal_id = any(:goals::uuid[])
                        and not exists (select from r where r.g = x.goal_id and r.p = x.period and r.s = x.source_code)""")
                .param("goals", goalIdArray(goalIds))
                .param("g", column(rows, 0))
                .param("p", column(rows, 1))
                .param("s", column(rows, 2))
                .update();
    }

    private void saveGoalBpins(UUID org, Map<String, UUID> goalIds, List<PlanContent.Goal> goals) {
        List<String[]> rows = new ArrayList<>();
        for (PlanContent.Goal g : goals) {
            int pos = 0;
            for (String bpin : g.bpins().stream().distinct().toList()) {
                rows.add(new String[] {goalIds.get(key(g)).toString(), bpin, Integer.toString(pos++)});
            }
        }
        jdbc.sql("""
                        insert into product_goal_bpin (goal_id, organization_id, bpin, position)
                        select r.g::uuid, :org, r.b, r.p::int from unnest(:g::text[], :b::text[], :p::text[]) as r(g, b, p)
                        on conflict (goal_id, bpin) do update set position = excluded.position
                        where product_goal_bpin.position is distinct from excluded.position""")
                .param("org", org)
                .param("g", column(rows, 0))
                .param("b", column(rows, 1))
                .param("p", column(rows, 2))
                .update();
        jdbc.sql("""
                        with r as materialized (select g::uuid as g, b from unnest(:g::text[], :b::text[]) as u(g, b))
                        delete from product_goal_bpin x where x.goal_id = any(:goals::uuid[])
                        and not exists (select from r where r.g = x.goal_id and r.b = x.bpin)""")
                .param("goals", goalIdArray(goalIds))
                .param("g", column(rows, 0))
                .param("b", column(rows, 1))
                .update();
    }

    /** Initiatives have no code of their own: replaced only when the list differs. */
    private void saveInitiatives(UUID org, UUID planId, List<PlanContent.SgrInitiative> initiatives) {
        // Compared as read back (amounts without trailing zeros): 100.50 and 100.5 are the same amount.
        List<PlanContent.SgrInitiative> asStored = initiatives.stream()
                .map(i -> new PlanContent.SgrInitiative(
                        i.code(), i.lineText(), i.kind(), i.sectorName(), i.initiative(), strip(i.amount()), i.bpin()))
                .toList();
        if (readInitiatives(planId).equals(asStored)) {
            return;
        }
        jdbc.sql("delete from sgr_initiative where plan_id = ?").param(planId).update();
        int pos = 0;
        for (PlanContent.SgrInitiative i : initiatives) {
            jdbc.sql("""
                            insert into sgr_initiative (organization_id, plan_id, code, line_text, kind, sector_name, initiative,
                                                        amount, bpin, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            org,
                            planId,
                            i.code(),
                            i.lineText(),
                            i.kind(),
                            i.sectorName(),
                            i.initiative(),
                            i.amount(),
                            i.bpin(),
                            pos++)
                    .update();
        }
    }

    /** A goal an earlier file left out comes back with the file that has it again; a person's elimination stays. */
    private void reviveReturning(UUID planId, Map<String, UUID> goalsInFile) {
        jdbc.sql("""
                        update product_goal set eliminated = false, eliminated_by = null, version = version + 1
                        where plan_id = ? and eliminated and eliminated_by = 'IMPORTACION' and id = any(?::uuid[])""").params(planId, goalIdArray(goalsInFile)).update();
    }

    private List<String> eliminateMissing(UUID planId, Map<String, UUID> goalsInFile) {
        return jdbc.sql("""
                        update product_goal set eliminated = true, eliminated_by = 'IMPORTACION', version = version + 1
                        where plan_id = ? and not eliminated and not (id = any(?::uuid[])) returning sispt_code""")
                .params(planId, goalIdArray(goalsInFile))
                .query(String.class)
                .list();
    }

    /** Keeps the layout of the file the plan came from (JSON), to export it the same way. */
    @Transactional
    public void keepFileLayout(UUID organizationId, UUID planId, String layoutJson) {
        jdbc.sql("""
                        update development_plan set sispt_layout = cast(? as jsonb)
                        where organization_id = ? and id = ? and sispt_layout is distinct from cast(? as jsonb)""").params(layoutJson, organizationId, planId, layoutJson).update();
    }

    /** The layout kept by {@link #keepFileLayout}, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> fileLayout(UUID organizationId, UUID planId) {
        return jdbc.sql("select sispt_layout::text from development_plan where organization_id = ? and id = ?")
                .params(organizationId, planId)
                .query(String.class)
                .optional();
    }

    /** Records an import's report (counts, totals, warnings) with its file's fingerprint. */
    @Transactional
    public void recordImport(
            UUID organizationId, UUID planId, String fileName, String sha256, String actor, String reportJson) {
        jdbc.sql("""
                        insert into plan_import (organization_id, plan_id, file_name, sha256, imported_by, report)
                        values (?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(organizationId, planId, fileName, sha256, actor, reportJson)
                .update();
    }

    /** Reads a plan back as its file content (for the SisPT export). */
    @Transactional(readOnly = true)
    public PlanContent content(UUID organizationId, UUID planId) {
        var plan = jdbc.sql("""
                        select name, first_year, last_year, created_on, layout from development_plan
                        where organization_id = ? and id = ?""")
                .params(organizationId, planId)
                .query((rs, n) -> new Object[] {
                    rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), PlanLayout.valueOf(rs.getString(5))
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("El plan no existe"));
        List<PlanContent.Line> lines = jdbc.sql(
                        "select code, name from strategic_line where plan_id = ? order by position")
                .param(planId)
                .query((rs, n) -> new PlanContent.Line(rs.getString(1), rs.getString(2)))
                .list();
        List<PlanContent.Outcome> outcomes = jdbc.sql("""
                        select o.code, o.line_text, l.code, o.indicator, o.in_national_plan, o.four_year_target, o.transformation
                        from outcome_goal o left join strategic_line l on l.id = o.line_id
                        where o.plan_id = ? order by o.position""")
                .param(planId)
                .query((rs, n) -> new PlanContent.Outcome(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
        return new PlanContent(
                (String) plan[0],
                (Integer) plan[1],
                (Integer) plan[2],
                (String) plan[3],
                (PlanLayout) plan[4],
                lines,
                outcomes,
                readGoals(planId),
                readInitiatives(planId));
    }

    private List<PlanContent.Goal> readGoals(UUID planId) {
        Map<UUID, List<PlanContent.PeriodTarget>> periods = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.goal_id, p.period, p.target, p.file_total from product_goal_period p
                        join product_goal g on g.id = p.goal_id where g.plan_id = ? order by p.goal_id, p.period""").param(planId).query(rs -> {
            periods.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new PlanContent.PeriodTarget(
                            rs.getString(2), strip(rs.getBigDecimal(3)), strip(rs.getBigDecimal(4))));
        });
        Map<UUID, List<PlanContent.Cost>> costs = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.goal_id, c.period, c.source_code, c.amount from product_goal_cost c
                        join product_goal g on g.id = c.goal_id join funding_source s on s.code = c.source_code
                        where g.plan_id = ? order by c.goal_id, c.period, s.position""").param(planId).query(rs -> {
            costs.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new PlanContent.Cost(rs.getString(2), rs.getString(3), strip(rs.getBigDecimal(4))));
        });
        Map<UUID, List<String>> bpins = new LinkedHashMap<>();
        jdbc.sql("""
                        select b.goal_id, b.bpin from product_goal_bpin b join product_goal g on g.id = b.goal_id
                        where g.plan_id = ? order by b.goal_id, b.position""").param(planId).query(rs -> {
            bpins.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(rs.getString(2));
        });
        Map<UUID, List<String>> lineCodes = new LinkedHashMap<>();
        jdbc.sql("""
                        select gl.goal_id, l.code from product_goal_line gl join strategic_line l on l.id = gl.line_id
                        where l.plan_id = ? order by gl.goal_id, gl.position""").param(planId).query(rs -> {
            lineCodes
                    .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(rs.getString(2));
        });
        return jdbc.sql("select id, " + GOAL_FILE_COLUMNS
                        + " from product_goal where plan_id = ? and not eliminated order by budget_kind, position")
                .param(planId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new PlanContent.Goal(
                            BudgetKind.valueOf(rs.getString("budget_kind")),
                            rs.getString("sispt_code"),
                            rs.getString("line_text"),
                            lineCodes.getOrDefault(id, List.of()),
                            rs.getString("sector_code"),
                            rs.getString("sector_name"),
                            rs.getString("program_code"),
                            rs.getString("program_name"),
                            rs.getString("product_code"),
                            rs.getString("product_name"),
                            rs.getString("indicator_code"),
                            rs.getString("indicator_name"),
                            rs.getString("custom_name"),
                            rs.getString("unit"),
                            strip(rs.getBigDecimal("four_year_target")),
                            ProgrammingType.valueOf(rs.getString("programming_type")),
                            rs.getBoolean("type_inferred"),
                            rs.getString("accumulation_text"),
                            rs.getString("principal"),
                            rs.getString("ods_code"),
                            rs.getString("ods_name"),
                            rs.getString("sgr_initiative"),
                            rs.getString("sgr_cofinanced"),
                            periods.getOrDefault(id, List.of()),
                            costs.getOrDefault(id, List.of()),
                            bpins.getOrDefault(id, List.of()));
                })
                .list();
    }

    private List<PlanContent.SgrInitiative> readInitiatives(UUID planId) {
        return jdbc.sql("""
                        select code, line_text, kind, sector_name, initiative, amount, bpin from sgr_initiative
                        where plan_id = ? order by position""")
                .param(planId)
                .query((rs, n) -> new PlanContent.SgrInitiative(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        strip(rs.getBigDecimal(6)),
                        rs.getString(7)))
                .list();
    }

    private Map<String, UUID> idsByKey(String sql, UUID planId) {
        Map<String, UUID> ids = new LinkedHashMap<>();
        jdbc.sql(sql).param(planId).query(rs -> {
            ids.put(rs.getString("key"), rs.getObject("id", UUID.class));
        });
        return ids;
    }

    static String key(PlanContent.Goal g) {
        return g.budgetKind().name() + ":" + g.sisptCode();
    }

    private static <T> String[] texts(List<T> items, Function<T, Object> field) {
        return items.stream()
                .map(field)
                .map(v -> v == null ? null : v instanceof BigDecimal b ? b.toPlainString() : v.toString())
                .toArray(String[]::new);
    }

    private static Integer[] positions(int size) {
        Integer[] p = new Integer[size];
        for (int i = 0; i < size; i++) p[i] = i;
        return p;
    }

    private static String[] column(List<String[]> rows, int index) {
        return rows.stream().map(r -> r[index]).toArray(String[]::new);
    }

    private static String[] goalIdArray(Map<String, UUID> goalIds) {
        return goalIds.values().stream().map(UUID::toString).toArray(String[]::new);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
