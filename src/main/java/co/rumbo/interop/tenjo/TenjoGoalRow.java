package co.rumbo.interop.tenjo;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One product goal row of the workbook's "PDM" sheet.
 *
 * @param rowNumber the 1-based row in the sheet
 * @param path where the goal sits in the plan
 * @param goal the goal itself
 * @param office "RESPONSABLE"; null when blank
 * @param quarters the quarters found in the sheet, by year then quarter
 * @param budgets the budget execution by year, ascending
 * @param financialPlan "<año> PLAN FINANCIERO PDM" by year, COP; a blank year is absent
 */
public record TenjoGoalRow(
        int rowNumber,
        TenjoPlanPath path,
        TenjoGoal goal,
        TenjoOffice office,
        List<TenjoQuarter> quarters,
        List<TenjoBudget> budgets,
        SortedMap<Integer, BigDecimal> financialPlan) {

    public TenjoGoalRow {
        if (rowNumber < 1) {
            throw new IllegalArgumentException("rowNumber is 1-based: " + rowNumber);
        }
        if (path == null || goal == null) {
            throw new IllegalArgumentException("path and goal are required");
        }
        quarters = quarters == null ? List.of() : List.copyOf(quarters);
        budgets = budgets == null ? List.of() : List.copyOf(budgets);
        financialPlan = financialPlan == null
                ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(financialPlan));
    }

    /** The quarter, if the sheet has it. */
    public Optional<TenjoQuarter> quarter(int year, int quarter) {
        return quarters.stream()
                .filter(q -> q.year() == year && q.quarter() == quarter)
                .findFirst();
    }

    /** The budget of {@code year}, if the sheet has budget columns for it. */
    public Optional<TenjoBudget> budget(int year) {
        return budgets.stream().filter(b -> b.year() == year).findFirst();
    }
}
