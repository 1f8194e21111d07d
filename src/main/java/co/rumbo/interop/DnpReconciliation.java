package co.rumbo.interop;

import co.rumbo.platform.NotFoundException;
import co.rumbo.structure.BudgetKind;
import co.rumbo.structure.GoalFilter;
import co.rumbo.structure.GoalSummary;
import co.rumbo.structure.Plans;
import co.rumbo.tracking.GoalValues;
import co.rumbo.tracking.PlanValues;
import co.rumbo.tracking.ValueSource;
import co.rumbo.tracking.YearExecution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the DNP seguimiento loaded for a plan with Rumbo's own figures, per reconciliation unit
 * and year.
 *
 * <p>Rumbo's side of a unit: programmed = Σ of its goals' Plan Indicativo targets for the year (a
 * blank target counts as 0, as DNP prints it); executed = the goal's executed value of the year as
 * Rumbo has it ({@link co.rumbo.tracking.GoalValueSet#executedInYear}: the year's own value, or its
 * quarters' or months'), and for a unit of several goals the unit's execution as loaded from DNP,
 * since DNP's aggregate cannot be split; progress = executed ÷ programmed by the progress engine,
 * exact; explanation = progress-rules §7 with the plan's BPINs. They agree when programmed and
 * executed are equal, progress is equal to DNP's 15 significant digits (DNP computes it in binary
 * floating point), and the explanations are the same text.
 */
@Service
@Transactional(readOnly = true)
public class DnpReconciliation {

    private final Plans plans;
    private final GoalValues goalValues;
    private final DnpUnitStore store;

    DnpReconciliation(Plans plans, GoalValues goalValues, DnpUnitStore store) {
        this.plans = plans;
        this.goalValues = goalValues;
        this.store = store;
    }

    /** The file loaded for the plan, if any. */
    public Optional<DnpLoad> lastLoad(UUID organizationId, UUID planId) {
        plans.plan(organizationId, planId);
        return store.load(organizationId, planId);
    }

    /**
     * The reconciliation of one year.
     *
     * @param year a year of the loaded file; null for its last year
     * @throws NotFoundException the plan is not the organization's, has no DNP file loaded, or the
     *     file does not have that year
     */
    public Reconciliation reconcile(UUID organizationId, UUID planId, Integer year) {
        DnpLoad load = lastLoad(organizationId, planId)
                .orElseThrow(() -> new NotFoundException(
                        "El plan no tiene cargado un informe de seguimiento de DNP; cárguelo primero."));
        int chosen = year == null ? load.lastYear() : year;
        if (!load.years().contains(chosen)) {
            throw new NotFoundException("El informe de DNP cargado no tiene la vigencia " + chosen + " (tiene "
                    + load.years().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ").");
        }
        Map<String, GoalSummary> goals = new LinkedHashMap<>();
        plans.goals(organizationId, planId, GoalFilter.NONE).stream()
                .filter(g -> g.budgetKind() == BudgetKind.ORDINARIO)
                .forEach(g -> goals.putIfAbsent(g.sisptCode(), g));
        PlanValues values = goalValues.forPlan(organizationId, planId);
        List<Reconciliation.Row> rows = new ArrayList<>();
        for (DnpUnits.Physical unit : store.physical(organizationId, planId, chosen)) {
            rows.add(row(unit, goals, values));
        }
        return Reconciliation.of(chosen, rows);
    }

    private static Reconciliation.Row row(DnpUnits.Physical unit, Map<String, GoalSummary> goals, PlanValues values) {
        List<GoalSummary> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : unit.sisptCodes()) {
            GoalSummary goal = goals.get(code);
            if (goal == null) {
                unknown.add(code);
            } else {
                known.add(goal);
            }
        }
        String year = Integer.toString(unit.year());
        BigDecimal programmed = known.isEmpty()
                ? null
                : known.stream()
                        .map(g -> g.targets().get(year))
                        .filter(t -> t != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal executed;
        String origin;
        if (unit.multiGoal()) {
            executed = unit.executed();
            origin = "ejecución agregada del informe de DNP, que no se reparte entre las metas";
        } else if (known.size() == 1) {
            GoalSummary goal = known.get(0);
            Optional<YearExecution> own = values.goal(goal.id()).executedInYear(unit.year(), goal.programmingType());
            executed = own.map(YearExecution::executed).orElse(null);
            origin = own.map(DnpReconciliation::origin).orElse(null);
        } else {
            executed = null;
            origin = null;
        }
        boolean hasBpin = known.stream().anyMatch(g -> !g.bpins().isEmpty());
        Reconciliation.Figures dnp =
                new Reconciliation.Figures(unit.programmed(), unit.executed(), unit.progress(), unit.explanation());
        Reconciliation.Figures rumbo = UnitComparison.rumbo(programmed, executed, hasBpin);
        return UnitComparison.compare(
                unit.sisptCodes(),
                dnp,
                rumbo,
                !unit.bpinCodes().isEmpty(),
                new UnitComparison.RumboSide(unknown, hasBpin, origin));
    }

    private static String origin(YearExecution execution) {
        String sources =
                execution.sources().stream().sorted().map(ValueSource::label).collect(Collectors.joining(", "));
        return switch (execution.from()) {
            case YEAR -> "valor anual de fuente «" + sources + "»";
            case QUARTER -> "calculado de sus trimestres, fuente «" + sources + "»";
            case MONTH -> "calculado de sus meses, fuente «" + sources + "»";
        };
    }
}
