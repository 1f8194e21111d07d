package co.rumbo.interop;

import co.rumbo.calendar.Period;
import co.rumbo.interop.tenjo.TenjoBudget;
import co.rumbo.interop.tenjo.TenjoGoalRow;
import co.rumbo.interop.tenjo.TenjoQuarter;
import co.rumbo.interop.tenjo.TenjoWorkbook;
import co.rumbo.interop.tenjo.TenjoWorkbookReader;
import co.rumbo.interop.tenjo.TenjoWorkbookReading;
import co.rumbo.interop.xlsx.SheetIssue;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenjo's own Plan Indicativo workbook ({@code plan_indicativo_tenjo.xlsx}) as demo data for Tenjo's
 * plan: its quarterly planned and executed values (periods {@code 2024-Q1} … {@code 2025-Q4}) and its
 * yearly apropiación, compromisos and pagos, source MUNICIPIO, on the goals {@link TenjoPairing}
 * pairs (rank of the SisPT number, checked by BPIN; a pair whose BPIN differs is not loaded). The
 * workbook plans in its own units (percentages as fractions, a level goal's quarters as shares of the
 * year), so its quarters often do not make SisPT's yearly target: that is reported, never rescaled.
 * The responsible offices come from {@link TenjoOffices}.
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
        List<GoalSummary> goals = plans.goals(organizationId, planId, GoalFilter.NONE).stream()
                .filter(g -> g.budgetKind() == BudgetKind.ORDINARIO)
                .toList();
        TenjoWorkbookReading reading = reader.read(workbook);
        if (reading.content().isEmpty() || reading.hasErrors()) {
            String errors = reading.issues().stream()
                    .filter(SheetIssue::isError)
                    .map(SheetIssue::message)
                    .collect(Collectors.joining(" "));
            throw new BusinessRuleException("No se pudo leer el libro de Tenjo: " + errors);
        }
        TenjoWorkbook content = reading.content().get();
        List<String> warnings = new ArrayList<>();
        reading.issues().forEach(i -> warnings.add(i.message()));
        if (content.goals().size() != goals.size()) {
            warnings.add("El libro de Tenjo tiene " + content.goals().size() + " metas y el plan " + goals.size()
                    + "; se emparejan las primeras " + Math.min(content.goals().size(), goals.size()) + ".");
        }
        List<TenjoPairing.Pair> pairs = new ArrayList<>();
        int productMismatches = 0;
        for (TenjoPairing.Pair pair : TenjoPairing.pair(goals, content)) {
            String where = "Meta " + pair.row().goal().goalNumber() + " de Tenjo (fila "
                    + pair.row().rowNumber() + ") ↔ " + pair.goal().sisptCode();
            if (!pair.bpinMatches()) {
                warnings.add(where + ": el BPIN no coincide (Tenjo "
                        + pair.row().goal().bpin() + ", SisPT "
                        + String.join(", ", pair.goal().bpins()) + "); no se cargan sus valores.");
                continue;
            }
            if (!pair.productCodeMatches()) {
                productMismatches++;
                warnings.add(where + ": el código de producto MGA difiere (Tenjo "
                        + pair.row().goal().productCode() + ", SisPT "
                        + pair.goal().productCode() + "); se empareja por el orden y el BPIN.");
            }
            pairs.add(pair);
        }

        List<ValueWrite> values = new ArrayList<>();
        List<BudgetWrite> budgets = new ArrayList<>();
        Set<Period> periods = new TreeSet<>(Comparator.comparing(Period::toString));
        Set<Integer> years = new TreeSet<>();
        for (TenjoGoalRow row : content.goals()) {
            row.quarters().forEach(q -> periods.add(Period.ofQuarter(q.year(), q.quarter())));
            row.budgets().forEach(b -> years.add(b.year()));
        }
        for (TenjoPairing.Pair pair : pairs) {
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
        Map<UUID, String> codes = new HashMap<>();
        goals.forEach(g -> codes.put(g.id(), g.sisptCode()));
        written.kept()
                .forEach(k -> warnings.add(codes.get(k.goalId()) + ", " + k.period() + ": se conserva "
                        + (k.budget() ? "la ejecución presupuestal" : "el valor") + " de fuente «"
                        + k.source().label() + "»."));
        return new TenjoLoad(
                content.goals().size(),
                goals.size(),
                pairs.size(),
                productMismatches,
                values.size(),
                budgets.size(),
                written.valuesWritten(),
                written.valuesRemoved(),
                written.budgetsWritten(),
                written.budgetsRemoved(),
                written.kept().size(),
                warnings,
                consistency(pairs));
    }

    /** §6: the year's quarters against the plan's yearly target, for each loaded goal and year. */
    private static List<String> consistency(List<TenjoPairing.Pair> pairs) {
        List<String> warnings = new ArrayList<>();
        for (TenjoPairing.Pair pair : pairs) {
            Set<Integer> years = new TreeSet<>();
            pair.row().quarters().forEach(q -> years.add(q.year()));
            for (int year : years) {
                List<BigDecimal> planned = new ArrayList<>();
                for (int quarter = 1; quarter <= 4; quarter++) {
                    planned.add(pair.row()
                            .quarter(year, quarter)
                            .map(TenjoQuarter::planned)
                            .orElse(null));
                }
                if (planned.stream().allMatch(Objects::isNull)) {
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
}
