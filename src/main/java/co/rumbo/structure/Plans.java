package co.rumbo.structure;

import static co.rumbo.platform.db.Numerics.strip;

import co.rumbo.platform.NotFoundException;
import co.rumbo.progress.ProgrammingType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the plan structure: plans, the tree, goal lists and a goal's detail. Always within one organization. */
@Service
@Transactional(readOnly = true)
public class Plans {

    private final JdbcClient jdbc;
    private final MgaCatalog catalog;

    Plans(JdbcClient jdbc, MgaCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    private static final String PLAN_SQL = """
            select p.id, p.name, p.first_year, p.last_year, p.adopting_act, p.version,
                   (select count(*) from strategic_line l where l.plan_id = p.id) as lines,
                   (select count(*) from outcome_goal o where o.plan_id = p.id) as outcomes,
                   (select count(*) from product_goal g where g.plan_id = p.id and g.budget_kind = 'ORDINARIO' and not g.eliminated) as goals,
                   (select count(*) from product_goal g where g.plan_id = p.id and g.budget_kind = 'SGR' and not g.eliminated) as sgr_goals
            from development_plan p where p.organization_id = ?""";

    public List<PlanSummary> plans(UUID organizationId) {
        return jdbc.sql(PLAN_SQL + " order by p.first_year desc")
                .param(organizationId)
                .query(Plans::plan)
                .list();
    }

    public PlanSummary plan(UUID organizationId, UUID planId) {
        return jdbc.sql(PLAN_SQL + " and p.id = ?")
                .params(organizationId, planId)
                .query(Plans::plan)
                .optional()
                .orElseThrow(() -> new NotFoundException("El plan no existe"));
    }

    /** The goals of a plan that pass the filter, in the file's order. Eliminated goals are included, flagged. */
    public List<GoalSummary> goals(UUID organizationId, UUID planId, GoalFilter filter) {
        plan(organizationId, planId);
        return summaries(organizationId, planId, filter, null);
    }

    /** The goals that pass the filter; with {@code onlyGoal}, that goal alone (a goal's page reads one, not the plan). */
    private List<GoalSummary> summaries(UUID organizationId, UUID planId, GoalFilter filter, UUID onlyGoal) {
        Map<UUID, List<String>> lines = new LinkedHashMap<>();
        jdbc.sql("""
                        select gl.goal_id, l.code from product_goal_line gl join strategic_line l on l.id = gl.line_id
                        where l.plan_id = :plan and (cast(:goal as uuid) is null or gl.goal_id = cast(:goal as uuid))
                        order by gl.position""").param("plan", planId).param("goal", onlyGoal).query(rs -> {
            lines.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(rs.getString(2));
        });
        Map<UUID, Map<String, BigDecimal>> targets = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.goal_id, p.period, p.target from product_goal_period p join product_goal g on g.id = p.goal_id
                        where g.plan_id = :plan and (cast(:goal as uuid) is null or p.goal_id = cast(:goal as uuid))
                        order by p.period""").param("plan", planId).param("goal", onlyGoal).query(rs -> {
            targets.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                    .put(rs.getString(2), strip(rs.getBigDecimal(3)));
        });
        Map<UUID, List<String>> bpins = new LinkedHashMap<>();
        jdbc.sql("""
                        select b.goal_id, b.bpin from product_goal_bpin b join product_goal g on g.id = b.goal_id
                        where g.plan_id = :plan and (cast(:goal as uuid) is null or b.goal_id = cast(:goal as uuid))
                        order by b.position""").param("plan", planId).param("goal", onlyGoal).query(rs -> {
            bpins.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(rs.getString(2));
        });
        String text = filter.text() == null ? null : "%" + filter.text().toLowerCase() + "%";
        return jdbc.sql("""
                        select g.*, o.name as office_name from product_goal g left join office o on o.id = g.office_id
                        where g.organization_id = :org and g.plan_id = :plan
                          and (cast(:goal as uuid) is null or g.id = cast(:goal as uuid))
                          and (cast(:office as uuid) is null or g.office_id = cast(:office as uuid))
                          and (cast(:sector as text) is null or g.sector_code = cast(:sector as text))
                          and (cast(:type as text) is null or g.programming_type = cast(:type as text))
                          and (cast(:kind as text) is null or g.budget_kind = cast(:kind as text))
                          and (cast(:text as text) is null
                               or lower(g.sispt_code) like :text or lower(coalesce(g.custom_name, '')) like :text
                               or lower(coalesce(g.indicator_name, '')) like :text or lower(coalesce(g.product_name, '')) like :text
                               or lower(coalesce(g.program_name, '')) like :text or coalesce(g.indicator_code, '') like :text
                               or exists (select from product_goal_bpin b where b.goal_id = g.id and b.bpin like :text))
                        order by g.budget_kind, g.position""")
                .param("org", organizationId)
                .param("plan", planId)
                .param("goal", onlyGoal)
                .param("office", filter.officeId())
                .param("sector", filter.sectorCode())
                .param(
                        "type",
                        filter.programmingType() == null
                                ? null
                                : filter.programmingType().name())
                .param(
                        "kind",
                        filter.budgetKind() == null ? null : filter.budgetKind().name())
                .param("text", text)
                .query((rs, n) -> summary(rs, lines, targets, bpins))
                .list();
    }

    /** The tree line → program → goal of the ordinary-budget goals that pass the filter. */
    public PlanTree tree(UUID organizationId, UUID planId, GoalFilter filter) {
        PlanSummary plan = plan(organizationId, planId);
        List<GoalSummary> goals = goals(organizationId, planId, filter).stream()
                .filter(g -> g.budgetKind() == BudgetKind.ORDINARIO)
                .toList();
        Map<String, String> lineNames = new LinkedHashMap<>();
        jdbc.sql("select code, name from strategic_line where plan_id = ? order by position")
                .param(planId)
                .query(rs -> {
                    lineNames.put(rs.getString(1), rs.getString(2));
                });
        List<PlanTree.LineNode> nodes = new ArrayList<>();
        for (var line : lineNames.entrySet()) {
            Map<String, List<GoalSummary>> byProgram = new LinkedHashMap<>();
            for (GoalSummary g : goals) {
                if (g.lineCodes().contains(line.getKey())) {
                    byProgram
                            .computeIfAbsent(g.programCode(), k -> new ArrayList<>())
                            .add(g);
                }
            }
            List<PlanTree.ProgramNode> programs = byProgram.values().stream()
                    .map(gs -> new PlanTree.ProgramNode(
                            gs.get(0).programCode(),
                            gs.get(0).programName(),
                            gs.get(0).sectorName(),
                            gs))
                    .sorted(java.util.Comparator.comparing(p -> p.code() == null ? "" : p.code()))
                    .toList();
            int count = programs.stream().mapToInt(p -> p.goals().size()).sum();
            if (count > 0 || filter.isEmpty()) {
                nodes.add(new PlanTree.LineNode(line.getKey(), line.getValue(), programs, count));
            }
        }
        return new PlanTree(plan, nodes, goals.size());
    }

    public GoalDetail goal(UUID organizationId, UUID goalId) {
        UUID planId = jdbc.sql("select plan_id from product_goal where organization_id = ? and id = ?")
                .params(organizationId, goalId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("La meta no existe"));
        GoalSummary summary = summaries(organizationId, planId, GoalFilter.NONE, goalId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("La meta no existe"));
        List<GoalDetail.LineRef> lines = jdbc.sql("""
                        select l.code, l.name from product_goal_line gl join strategic_line l on l.id = gl.line_id
                        where gl.goal_id = ? order by gl.position""")
                .param(goalId)
                .query((rs, n) -> new GoalDetail.LineRef(rs.getString(1), rs.getString(2)))
                .list();
        List<String> periods = new ArrayList<>(summary.targets().keySet());
        Map<String, Map<String, BigDecimal>> bySource = new LinkedHashMap<>();
        Map<String, String> sourceNames = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.code, s.name, c.period, c.amount from product_goal_cost c
                        join funding_source s on s.code = c.source_code where c.goal_id = ? order by s.position, c.period""").param(goalId).query(rs -> {
            sourceNames.put(rs.getString(1), rs.getString(2));
            bySource.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                    .put(rs.getString(3), rs.getBigDecimal(4));
            if (!periods.contains(rs.getString(3))) periods.add(rs.getString(3));
        });
        periods.sort(null);
        List<GoalDetail.CostRow> costs = bySource.entrySet().stream()
                .map(e -> {
                    List<BigDecimal> amounts =
                            periods.stream().map(p -> e.getValue().get(p)).toList();
                    BigDecimal total = e.getValue().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    return new GoalDetail.CostRow(e.getKey(), sourceNames.get(e.getKey()), amounts, strip(total));
                })
                .toList();
        return jdbc.sql("select * from product_goal where id = ?")
                .param(goalId)
                .query((rs, n) -> new GoalDetail(
                        summary,
                        rs.getString("product_code"),
                        rs.getString("product_name"),
                        rs.getString("accumulation_text"),
                        rs.getBoolean("type_inferred"),
                        rs.getString("principal"),
                        rs.getString("ods_code"),
                        rs.getString("ods_name"),
                        strip(rs.getBigDecimal("baseline")),
                        lines,
                        costs,
                        periods,
                        catalog.isKnownIndicator(rs.getString("indicator_code")),
                        rs.getInt("version")))
                .single();
    }

    /** The sectors that appear in a plan (code → name), for filters. */
    public Map<String, String> sectors(UUID organizationId, UUID planId) {
        Map<String, String> sectors = new LinkedHashMap<>();
        jdbc.sql("""
                        select distinct sector_code, sector_name from product_goal
                        where organization_id = ? and plan_id = ? and sector_code is not null order by sector_code""").params(organizationId, planId).query(rs -> {
            sectors.putIfAbsent(rs.getString(1), rs.getString(2));
        });
        return sectors;
    }

    private static GoalSummary summary(
            ResultSet rs,
            Map<UUID, List<String>> lines,
            Map<UUID, Map<String, BigDecimal>> targets,
            Map<UUID, List<String>> bpins)
            throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String custom = rs.getString("custom_name");
        String indicator = rs.getString("indicator_name");
        return new GoalSummary(
                id,
                rs.getObject("plan_id", UUID.class),
                rs.getString("sispt_code"),
                BudgetKind.valueOf(rs.getString("budget_kind")),
                custom != null && !custom.isBlank() ? custom : indicator,
                rs.getString("indicator_code"),
                indicator,
                custom,
                rs.getString("unit"),
                rs.getString("sector_code"),
                rs.getString("sector_name"),
                rs.getString("program_code"),
                rs.getString("program_name"),
                rs.getString("product_code"),
                lines.getOrDefault(id, List.of()),
                rs.getObject("office_id", UUID.class),
                rs.getString("office_name"),
                ProgrammingType.valueOf(rs.getString("programming_type")),
                strip(rs.getBigDecimal("four_year_target")),
                targets.getOrDefault(id, Map.of()),
                bpins.getOrDefault(id, List.of()),
                strip(rs.getBigDecimal("weight")),
                rs.getBoolean("eliminated"));
    }

    private static PlanSummary plan(ResultSet rs, int n) throws SQLException {
        return new PlanSummary(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getInt("first_year"),
                rs.getInt("last_year"),
                rs.getString("adopting_act"),
                rs.getInt("lines"),
                rs.getInt("outcomes"),
                rs.getInt("goals"),
                rs.getInt("sgr_goals"),
                rs.getInt("version"));
    }
}
