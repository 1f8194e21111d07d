package co.rumbo.interop;

import co.rumbo.calendar.Period;
import co.rumbo.interop.tenjo.TenjoBudget;
import co.rumbo.interop.tenjo.TenjoGoalRow;
import co.rumbo.interop.tenjo.TenjoIssue;
import co.rumbo.interop.tenjo.TenjoQuarter;
import co.rumbo.interop.tenjo.TenjoWorkbook;
import co.rumbo.interop.tenjo.TenjoWorkbookReader;
import co.rumbo.interop.tenjo.TenjoWorkbookReading;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.progress.YearViews;
import co.rumbo.structure.BudgetKind;
import co.rumbo.structure.GoalFilter;
import co.rumbo.structure.GoalSummary;
import co.rumbo.structure.Plans;
import co.rumbo.tracking.BudgetWrite;
import co.rumbo.tracking.GoalValues;
import co.rumbo.tracking.SourceLoad;
import co.rumbo.tracking.SourceLoadResult;
import co.rumbo.tracking.ValueSource;
import co.rumbo.tracking.ValueWrite;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenjo's own Plan Indicativo workbook ({@code plan_indicativo_tenjo.xlsx}) as demo data for Tenjo's
 * plan: its quarterly planned and executed values (periods {@code 2024-Q1} … {@code 2025-Q4}) and its
 * yearly apropiación, compromisos and pagos, source MUNICIPIO, matched to the plan's goals by IP
 * number and checked by BPIN (see {@link TenjoMatching}). The workbook writes its own units
 * (percentages as fractions), so its quarters may not add up to SisPT's yearly targets; nothing is
 * rescaled.
 */
@Service
public class TenjoDemoValues {

    private final TenjoWorkbookReader reader = new TenjoWorkbookReader();
    private final Plans plans;
    private final GoalValues goalValues;

    TenjoDemoValues(Plans plans, GoalValues goalValues) {
        this.plans = plans;
        this.goalValues = goalValues;
    }

    /**
     * Loads the workbook's values into the plan, replacing an earlier load of it (values set by a
     * person or another source are kept). One transaction.
     *
     * @param workbook the xlsx, not closed
     * @throws co.rumbo.platform.NotFoundException the plan is not the organization's
     * @throws BusinessRuleException the workbook cannot be read
     */
    @Transactional
    public TenjoLoad load(UUID organizationId, UUID planId, InputStream workbook) {
        Matched matched = match(organizationId, planId, workbook);
        List<ValueWrite> values = new ArrayList<>();
        List<BudgetWrite> budgets = new ArrayList<>();
        Set<Period> periods = new TreeSet<>(java.util.Comparator.comparing(Period::toString));
        Set<Integer> years = new TreeSet<>();
        for (TenjoGoalRow row : matched.workbook().goals()) {
            row.quarters().forEach(q -> periods.add(Period.ofQuarter(q.year(), q.quarter())));
            row.budgets().forEach(b -> years.add(b.year()));
        }
        for (TenjoMatching.Pair pair : matched.result().pairs()) {
            UUID goal = pair.goal().id();
            for (TenjoQuarter q : pair.row().quarters()) {
                if (q.planned() != null || q.executed() != null) {
                    values.add(
                            new ValueWrite(goal, Period.ofQuarter(q.year(), q.quarter()), q.planned(), q.executed()));
                }
            }
            for (TenjoBudget b : pair.row().budgets()) {
                if (b.appropriation() != null || b.commitments() != null || b.payments() != null) {
                    budgets.add(
                            new BudgetWrite(goal, b.year(), b.appropriation(), b.commitments(), null, b.payments()));
                }
            }
        }
        SourceLoadResult written = goalValues.replaceSource(
                organizationId, planId, new SourceLoad(ValueSource.MUNICIPIO, periods, years, values, budgets));
        List<String> warnings = new ArrayList<>(matched.warnings());
        Map<UUID, String> codes = matched.result().pairs().stream()
                .collect(Collectors.toMap(p -> p.goal().id(), p -> p.goal().sisptCode()));
        written.kept()
                .forEach(k -> warnings.add(codes.get(k.goalId()) + ", " + k.period() + ": se conserva "
                        + (k.budget() ? "la ejecución presupuestal" : "el valor") + " de fuente «"
                        + k.source().label() + "»."));
        return new TenjoLoad(
                matched.workbook().goals().size(),
                matched.planGoals(),
                matched.result().pairs().size(),
                matched.result().productCodeMismatches(),
                values.size(),
                budgets.size(),
                written.valuesWritten(),
                written.valuesRemoved(),
                written.budgetsWritten(),
                written.budgetsRemoved(),
                written.kept().size(),
                offices(matched.result()),
                warnings,
                consistency(matched.result()));
    }

    /** §6: the year's quarters against the plan's yearly target, for each matched goal and year. */
    private static List<String> consistency(TenjoMatching.Result result) {
        List<String> warnings = new ArrayList<>();
        for (TenjoMatching.Pair pair : result.pairs()) {
            Set<Integer> years = new TreeSet<>();
            pair.row().quarters().forEach(q -> years.add(q.year()));
            for (int year : years) {
                List<java.math.BigDecimal> planned = new ArrayList<>();
                for (int quarter = 1; quarter <= 4; quarter++) {
                    planned.add(pair.row()
                            .quarter(year, quarter)
                            .map(TenjoQuarter::planned)
                            .orElse(null));
                }
                if (planned.stream().allMatch(java.util.Objects::isNull)) {
                    continue;
                }
                YearViews.consistencyWarning(
                                pair.goal().programmingType(),
                                pair.goal().targets().get(Integer.toString(year)),
                                planned)
                        .ifPresent(w -> warnings.add(pair.goal().sisptCode() + ", " + year + ": " + w));
            }
        }
        return warnings;
    }

    /**
     * The office responsible for each goal of the plan ("RESPONSABLE" of its matched workbook row,
     * spaces collapsed), by SisPT code in the plan's IP order; nothing is written. The demo loader
     * creates the offices from it.
     */
    @Transactional(readOnly = true)
    public Map<String, String> offices(UUID organizationId, UUID planId, InputStream workbook) {
        return offices(match(organizationId, planId, workbook).result());
    }

    private static Map<String, String> offices(TenjoMatching.Result result) {
        Map<String, String> offices = new LinkedHashMap<>();
        for (TenjoMatching.Pair pair : result.pairs()) {
            if (pair.row().office() != null) {
                offices.put(pair.goal().sisptCode(), pair.row().office().name());
            }
        }
        return offices;
    }

    private record Matched(TenjoWorkbook workbook, int planGoals, TenjoMatching.Result result, List<String> warnings) {}

    private Matched match(UUID organizationId, UUID planId, InputStream in) {
        List<GoalSummary> goals = plans.goals(organizationId, planId, GoalFilter.NONE).stream()
                .filter(g -> g.budgetKind() == BudgetKind.ORDINARIO)
                .toList();
        TenjoWorkbookReading reading = reader.read(in);
        if (reading.content().isEmpty() || reading.hasErrors()) {
            String errors = reading.issues().stream()
                    .filter(TenjoIssue::isError)
                    .map(TenjoIssue::message)
                    .collect(Collectors.joining(" "));
            throw new BusinessRuleException("No se pudo leer el libro de Tenjo: " + errors);
        }
        TenjoWorkbook workbook = reading.content().get();
        TenjoMatching.Result result = TenjoMatching.match(workbook.goals(), goals);
        List<String> warnings = new ArrayList<>();
        reading.issues().forEach(i -> warnings.add(i.message()));
        warnings.addAll(result.warnings());
        return new Matched(workbook, goals.size(), result, warnings);
    }
}
