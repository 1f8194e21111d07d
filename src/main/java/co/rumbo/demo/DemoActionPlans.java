package co.rumbo.demo;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.interop.TenjoQuarters;
import co.rumbo.planning.ActionPlanSummary;
import co.rumbo.planning.ActionPlans;
import co.rumbo.planning.Approval;
import co.rumbo.planning.BudgetCeilings;
import co.rumbo.planning.BudgetLine;
import co.rumbo.planning.CeilingLine;
import co.rumbo.planning.Formulation;
import co.rumbo.planning.Formulations;
import co.rumbo.planning.GoalDecision;
import co.rumbo.planning.PlanGoal;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.structure.PlanContent;
import co.rumbo.structure.PlanStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's approved action plans of a year, made through the planning module's face exactly as
 * the offices and the planning office make them (PE-P-002): the planning office records the year's
 * formulation (already past), the treasury sets ceilings that cover the money, each office's leader
 * creates its plan and decides every goal ({@link DemoProgramming}), with the Plan Indicativo's cost of
 * the year per funding source in the goal's project (BPIN), and submits it; the planning office reviews
 * every plan and the Consejo de Gobierno approves them in one session. Every rule of the module is
 * checked on the way. One transaction per year: a year is there whole or not at all.
 */
@Component
class DemoActionPlans {

    private static final Pattern BPIN = Pattern.compile("[0-9]{8,20}");
    private static final Pattern PROGRAM = Pattern.compile("[0-9]{4}");

    private final Formulations formulations;
    private final BudgetCeilings ceilings;
    private final ActionPlans plans;
    private final PlanStore planStore;
    private final TransactionTemplate transaction;

    DemoActionPlans(
            Formulations formulations,
            BudgetCeilings ceilings,
            ActionPlans plans,
            PlanStore planStore,
            PlatformTransactionManager transactions) {
        this.formulations = formulations;
        this.ceilings = ceilings;
        this.plans = plans;
        this.planStore = planStore;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What a year's load did: approved plans and how their goals were decided. */
    record YearLoad(int year, int plans, Map<DemoProgramming.Basis, Integer> decisions, BigDecimal money) {

        int programmed() {
            return decisions.entrySet().stream()
                    .filter(e -> e.getKey() != DemoProgramming.Basis.NOT_PROGRAMMED)
                    .mapToInt(Map.Entry::getValue)
                    .sum();
        }
    }

    /** Whether the year already has action plans (loaded before, or made by people since). */
    boolean hasPlans(UUID org, int year) {
        return !plans.list(actor(org, Role.PLANEACION, Set.of()), year).isEmpty();
    }

    /**
     * Approves every office's plan of {@code year}.
     *
     * @param workbook the workbook's quarters by goal; a goal without planned quarters for the year is
     *     programmed from its Plan Indicativo target ({@link DemoProgramming#fromIndicativeTarget})
     */
    YearLoad approveYear(UUID org, UUID planId, int year, Map<UUID, TenjoQuarters.GoalQuarters> workbook) {
        return transaction.execute(status -> load(org, planId, year, workbook));
    }

    private YearLoad load(UUID org, UUID planId, int year, Map<UUID, TenjoQuarters.GoalQuarters> workbook) {
        CurrentUser planner = actor(org, Role.PLANEACION, Set.of());
        CurrentUser treasury = actor(org, Role.HACIENDA, Set.of());
        CurrentUser council = actor(org, Role.DESPACHO, Set.of());
        // PE-P-002: the offices formulate in the last months of the year before
        LocalDate deadline = LocalDate.of(year - 1, 11, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
        Formulation formulation = formulations.recordPast(planner, year, deadline);
        Map<String, PlanContent.Goal> indicative = new LinkedHashMap<>();
        planStore.content(org, planId).goals().forEach(g -> indicative.put(g.sisptCode(), g));

        Map<DemoProgramming.Basis, Integer> decisions = new EnumMap<>(DemoProgramming.Basis.class);
        Map<String, BigDecimal> ceilingAmounts = new LinkedHashMap<>();
        Map<UUID, CurrentUser> leaders = new LinkedHashMap<>();
        List<UUID> planIds = new ArrayList<>();
        for (Formulation.OfficeToPlan office : formulation.offices()) {
            CurrentUser leader = actor(org, Role.LIDER, Set.of(office.officeId()));
            ActionPlanSummary plan = plans.create(leader, office.officeId(), year);
            planIds.add(plan.id());
            leaders.put(plan.id(), leader);
            for (PlanGoal goal : plans.view(leader, plan.id()).goals()) {
                ProgrammingType type = ProgrammingType.valueOf(goal.programmingType());
                TenjoQuarters.GoalQuarters quarters = workbook.get(goal.goalId());
                DemoProgramming.Decision decision = quarters != null
                                && quarters.planned().containsKey(year)
                        ? DemoProgramming.fromWorkbook(type, goal.indicativeTarget(), quarters.planned(year), year)
                        : DemoProgramming.fromIndicativeTarget(type, goal.indicativeTarget(), year);
                decisions.merge(decision.basis(), 1, Integer::sum);
                if (!decision.programmed()) {
                    plans.decide(leader, plan.id(), GoalDecision.notProgrammed(goal.goalId(), decision.reason()));
                    continue;
                }
                List<BudgetLine> budget = budget(goal, indicative.get(goal.sisptCode()), year);
                for (BudgetLine line : budget) {
                    ceilingAmounts.merge(
                            office.officeId() + "|" + goal.programCode() + "|" + line.source(),
                            line.amount(),
                            BigDecimal::add);
                }
                plans.decide(
                        leader,
                        plan.id(),
                        new GoalDecision(goal.goalId(), decision.target(), decision.quarters(), budget, null));
            }
        }
        List<CeilingLine> lines = new ArrayList<>();
        ceilingAmounts.forEach((key, amount) -> {
            String[] k = key.split("\\|");
            lines.add(new CeilingLine(UUID.fromString(k[0]), k[1], k[2], amount));
        });
        ceilings.replace(treasury, year, lines);
        for (UUID id : planIds) {
            plans.submit(leaders.get(id), id, null);
            plans.review(planner, id, null);
        }
        // Ley 1474 de 2011, art. 74: published by 31 January; the council meets the week before
        LocalDate session = LocalDate.of(year, 1, 31)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY))
                .minusWeeks(1);
        if (!planIds.isEmpty()) {
            plans.approveAll(
                    council, planIds, new Approval(session, "Acta 001 de " + year + " del Consejo de Gobierno"));
        }
        BigDecimal money = lines.stream().map(CeilingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new YearLoad(year, planIds.size(), decisions, money);
    }

    /**
     * The goal's money of the year: the Plan Indicativo's cost per funding source, in pesos and cents,
     * in the goal's project (its BPIN). None when the goal has no valid BPIN or its program is not an MGA
     * code (a ceiling is set per program).
     */
    private static List<BudgetLine> budget(PlanGoal goal, PlanContent.Goal indicative, int year) {
        if (indicative == null
                || goal.programCode() == null
                || !PROGRAM.matcher(goal.programCode()).matches()) {
            return List.of();
        }
        String bpin = indicative.bpins().stream()
                .map(String::strip)
                .filter(b -> BPIN.matcher(b).matches())
                .findFirst()
                .orElse(null);
        if (bpin == null) {
            return List.of();
        }
        String period = Integer.toString(year);
        Map<String, BigDecimal> bySource = new LinkedHashMap<>();
        for (PlanContent.Cost cost : indicative.costs()) {
            if (cost.period().equals(period)) {
                bySource.merge(cost.sourceCode(), cost.amount(), BigDecimal::add);
            }
        }
        List<BudgetLine> lines = new ArrayList<>();
        bySource.forEach((source, amount) -> {
            BigDecimal pesos = amount.setScale(2, RoundingMode.HALF_UP);
            if (pesos.signum() > 0) {
                lines.add(new BudgetLine(bpin, source, pesos));
            }
        });
        return lines;
    }

    /** The demo's system actor with one role (the planning module records "sistema" as who acted). */
    static CurrentUser actor(UUID org, Role role, Set<UUID> offices) {
        return new CurrentUser(
                UUID.nameUUIDFromBytes(("demo-" + role).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "sistema",
                "Carga de demostración",
                org,
                Set.of(role),
                offices);
    }
}
