package co.rumbo.dashboard;

import co.rumbo.organization.Office;
import co.rumbo.organization.OfficeCommand;
import co.rumbo.organization.OfficeKind;
import co.rumbo.organization.Organization;
import co.rumbo.organization.OrganizationKind;
import co.rumbo.organization.Organizations;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.structure.BudgetKind;
import co.rumbo.structure.PlanContent;
import co.rumbo.structure.PlanLayout;
import co.rumbo.structure.PlanStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small plan 2024–2027 whose every figure at the cut 2025-06 is worked out by hand in
 * {@link DashboardFiguresTest}: two lines (L1 weighs 2, L2 weighs 1), three offices and six goals of
 * the four programming types, with yearly, quarterly and monthly values and budget execution.
 *
 * <pre>
 * goal type         lines   office sector program  targets 2024..2027   values
 * G1   SUMA         L1      A      45     4501     10 20 20 10          2024: 10 (year); 2025 quarters: 5/4, 5/6, 5/8, 5/–
 * G2   CONSTANTE w3 L1      A      45     4501     100 ×4               2024: 100 (year); 2025 months 1–6: 100/90, 7–12: 100/–
 * G3   CRECIENTE    L2      B      19     1901     60 70 80 90, LB 50   2024: 55 (year); 2025 quarters: –/58, –/–
 * G4   DECRECIENTE  L2      B      19     1903     18 15 12 10, LB 20   none
 * G5   SUMA         L1, L2  C      45     4502     – 4 4 2              2025 months: 02 2/3, 05 2/3
 * G6   SUMA elim.   L2      C      19     1901     5 5 5 5              2024: 5 (year)
 * </pre>
 */
final class HandMadePlan {

    final Organization organization;
    final UUID planId;
    final Office officeA;
    final Office officeB;
    final Office officeC;
    final Map<String, UUID> goals;
    final Map<String, UUID> lines;

    private HandMadePlan(
            Organization organization,
            UUID planId,
            Office a,
            Office b,
            Office c,
            Map<String, UUID> goals,
            Map<String, UUID> lines) {
        this.organization = organization;
        this.planId = planId;
        this.officeA = a;
        this.officeB = b;
        this.officeC = c;
        this.goals = goals;
        this.lines = lines;
    }

    UUID goal(String code) {
        return goals.get(code);
    }

    /** A fresh organization (unique DANE code) with its offices and the plan. */
    static HandMadePlan create(Organizations organizations, PlanStore plans, JdbcClient jdbc, String name) {
        Organization org = organizations.create(uniqueDaneCode(), name, OrganizationKind.MUNICIPIO);
        Office a = organizations.createOffice(
                org.id(), new OfficeCommand("GOB", "Secretaría de Gobierno", OfficeKind.SECRETARIA, true));
        Office b = organizations.createOffice(
                org.id(), new OfficeCommand("SAL", "Secretaría de Salud", OfficeKind.SECRETARIA, true));
        Office c = organizations.createOffice(
                org.id(), new OfficeCommand("PLA", "Oficina de Planeación", OfficeKind.OFICINA, true));
        List<PlanContent.Goal> goals = List.of(
                goal(
                        "G1",
                        List.of("L1"),
                        "45",
                        "Gobierno",
                        "4501",
                        "Participación",
                        ProgrammingType.SUMA,
                        targets("10", "20", "20", "10"),
                        costs("2024", "1000", "2025", "2000", "2026", "2000", "2027", "1000")),
                goal(
                        "G2",
                        List.of("L1"),
                        "45",
                        "Gobierno",
                        "4501",
                        "Participación",
                        ProgrammingType.CONSTANTE,
                        targets("100", "100", "100", "100"),
                        List.of()),
                goal(
                        "G3",
                        List.of("L2"),
                        "19",
                        "Salud",
                        "1901",
                        "Salud pública",
                        ProgrammingType.CRECIENTE,
                        targets("60", "70", "80", "90"),
                        costs("2024", "4000", "2025", "5000")),
                goal(
                        "G4",
                        List.of("L2"),
                        "19",
                        "Salud",
                        "1903",
                        "Inspección",
                        ProgrammingType.DECRECIENTE,
                        targets("18", "15", "12", "10"),
                        costs("2025", "3000")),
                goal(
                        "G5",
                        List.of("L1", "L2"),
                        "45",
                        "Gobierno",
                        "4502",
                        "Convivencia",
                        ProgrammingType.SUMA,
                        targets(null, "4", "4", "2"),
                        costs("2025", "1000")),
                goal(
                        "G6",
                        List.of("L2"),
                        "19",
                        "Salud",
                        "1901",
                        "Salud pública",
                        ProgrammingType.SUMA,
                        targets("5", "5", "5", "5"),
                        costs("2025", "500")));
        PlanContent content = new PlanContent(
                "Plan de prueba 2024–2027",
                2024,
                2027,
                null,
                PlanLayout.MUNICIPAL,
                List.of(new PlanContent.Line("L1", "Gobierno cercano"), new PlanContent.Line("L2", "Salud para todos")),
                List.of(),
                goals,
                List.of());
        UUID planId = plans.save(org.id(), content).planId();
        Map<String, UUID> goalIds = new java.util.LinkedHashMap<>();
        jdbc.sql("select sispt_code, id from product_goal where plan_id = ? order by position")
                .param(planId)
                .query(rs -> {
                    goalIds.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        Map<String, UUID> lineIds = new java.util.LinkedHashMap<>();
        jdbc.sql("select code, id from strategic_line where plan_id = ? order by position")
                .param(planId)
                .query(rs -> {
                    lineIds.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        jdbc.sql("update strategic_line set weight = 2 where id = ?")
                .param(lineIds.get("L1"))
                .update();
        jdbc.sql("update strategic_line set weight = 1 where id = ?")
                .param(lineIds.get("L2"))
                .update();
        setGoal(jdbc, goalIds.get("G1"), a.id(), null, null, false);
        setGoal(jdbc, goalIds.get("G2"), a.id(), new BigDecimal("3"), null, false);
        setGoal(jdbc, goalIds.get("G3"), b.id(), null, new BigDecimal("50"), false);
        setGoal(jdbc, goalIds.get("G4"), b.id(), null, new BigDecimal("20"), false);
        setGoal(jdbc, goalIds.get("G5"), c.id(), null, null, false);
        setGoal(jdbc, goalIds.get("G6"), c.id(), null, null, true);

        HandMadePlan plan = new HandMadePlan(org, planId, a, b, c, goalIds, lineIds);
        // G1: 2024 by its yearly value, 2025 by quarters (Q3 is after the cut 2025-06).
        plan.value(jdbc, "G1", "2024", null, "10");
        plan.value(jdbc, "G1", "2025-Q1", "5", "4");
        plan.value(jdbc, "G1", "2025-Q2", "5", "6");
        plan.value(jdbc, "G1", "2025-Q3", "5", "8");
        plan.value(jdbc, "G1", "2025-Q4", "5", null);
        plan.budget(jdbc, "G1", 2024, "900", "800");
        plan.budget(jdbc, "G1", 2025, "500", "200");
        plan.budget(jdbc, "G1", 2026, "700", "700"); // after the cut's year: not counted
        // G2: a level of 100 kept; 2025 by months.
        plan.value(jdbc, "G2", "2024", null, "100");
        for (int month = 1; month <= 12; month++) {
            plan.value(jdbc, "G2", "2025-%02d".formatted(month), "100", month <= 6 ? "90" : null);
        }
        // G3: rising from 50; 2025 quarters reported without programming.
        plan.value(jdbc, "G3", "2024", null, "55");
        plan.value(jdbc, "G3", "2025-Q1", null, "58");
        plan.value(jdbc, "G3", "2025-Q2", null, null);
        plan.budget(jdbc, "G3", 2024, "4000", "4000");
        plan.budget(jdbc, "G3", 2025, "3000", "1000");
        // G4: falling from 20, nothing reported, money committed.
        plan.budget(jdbc, "G4", 2025, "2500", null);
        // G5: over-executed in 2025, no money.
        plan.value(jdbc, "G5", "2025-02", "2", "3");
        plan.value(jdbc, "G5", "2025-05", "2", "3");
        // G6: eliminated, with a value and money that must not count.
        plan.value(jdbc, "G6", "2024", null, "5");
        plan.budget(jdbc, "G6", 2025, "100", "100");
        return plan;
    }

    void value(JdbcClient jdbc, String goal, String period, String programmed, String executed) {
        jdbc.sql("""
                        insert into goal_value (goal_id, organization_id, period, programmed, executed, source)
                        values (?, ?, ?, ?, ?, 'MANUAL')
                        on conflict (goal_id, period) do update set programmed = excluded.programmed,
                            executed = excluded.executed, updated_at = now(), version = goal_value.version + 1""")
                .params(goal(goal), organization.id(), period, dec(programmed), dec(executed))
                .update();
    }

    void budget(JdbcClient jdbc, String goal, int year, String commitments, String obligations) {
        jdbc.sql("""
                        insert into goal_budget_execution (goal_id, organization_id, year, commitments, obligations)
                        values (?, ?, ?, ?, ?)""")
                .params(goal(goal), organization.id(), year, dec(commitments), dec(obligations))
                .update();
    }

    private static void setGoal(
            JdbcClient jdbc, UUID goal, UUID office, BigDecimal weight, BigDecimal baseline, boolean eliminated) {
        jdbc.sql("update product_goal set office_id = ?, weight = ?, baseline = ?, eliminated = ? where id = ?")
                .params(office, weight, baseline, eliminated, goal)
                .update();
    }

    private static PlanContent.Goal goal(
            String code,
            List<String> lines,
            String sector,
            String sectorName,
            String program,
            String programName,
            ProgrammingType type,
            List<PlanContent.PeriodTarget> targets,
            List<PlanContent.Cost> costs) {
        return new PlanContent.Goal(
                BudgetKind.ORDINARIO,
                code,
                String.join(",", lines),
                lines,
                sector,
                sectorName,
                program,
                programName,
                program + "001",
                "Producto " + code,
                program + "00100",
                "Indicador " + code,
                "Meta " + code,
                "Número",
                null,
                type,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                targets,
                costs,
                List.of());
    }

    private static List<PlanContent.PeriodTarget> targets(String... byYear) {
        List<PlanContent.PeriodTarget> targets = new ArrayList<>();
        for (int i = 0; i < byYear.length; i++) {
            if (byYear[i] != null) {
                targets.add(new PlanContent.PeriodTarget(Integer.toString(2024 + i), dec(byYear[i]), null));
            }
        }
        return targets;
    }

    private static List<PlanContent.Cost> costs(String... yearAmount) {
        List<PlanContent.Cost> costs = new ArrayList<>();
        for (int i = 0; i < yearAmount.length; i += 2) {
            costs.add(new PlanContent.Cost(yearAmount[i], "RECURSOS_PROPIOS", dec(yearAmount[i + 1])));
        }
        return costs;
    }

    static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static String uniqueDaneCode() {
        return Long.toString(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
    }
}
