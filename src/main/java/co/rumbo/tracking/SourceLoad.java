package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one source says about a plan for some periods and budget years, to replace what the
 * same source said before ({@link GoalValues#replaceSource}).
 *
 * @param source who says it; not {@link ValueSource#MANUAL} (a person sets values one by one)
 * @param periods the periods the source covers: its old values there that are not in
 *     {@code values} are removed
 * @param budgetYears the years the source covers for budget execution, likewise
 * @param values at most one per goal and period, each inside {@code periods}
 * @param budgets at most one per goal and year, each inside {@code budgetYears}
 */
public record SourceLoad(
        ValueSource source,
        Set<Period> periods,
        Set<Integer> budgetYears,
        List<ValueWrite> values,
        List<BudgetWrite> budgets) {

    public SourceLoad {
        Objects.requireNonNull(source, "source");
        if (source == ValueSource.MANUAL) {
            throw new IllegalArgumentException("Manual values are set one by one, not loaded");
        }
        periods = Set.copyOf(periods);
        budgetYears = Set.copyOf(budgetYears);
        values = List.copyOf(values);
        budgets = List.copyOf(budgets);
        Set<String> seen = new HashSet<>();
        for (ValueWrite v : values) {
            if (!periods.contains(v.period())) {
                throw new IllegalArgumentException("Value outside the load's periods: " + v.period());
            }
            if (!seen.add(v.goalId() + "/" + v.period())) {
                throw new IllegalArgumentException("Two values for " + v.goalId() + " " + v.period());
            }
        }
        for (BudgetWrite b : budgets) {
            if (!budgetYears.contains(b.year())) {
                throw new IllegalArgumentException("Budget outside the load's years: " + b.year());
            }
            if (!seen.add(b.goalId() + "/budget/" + b.year())) {
                throw new IllegalArgumentException("Two budgets for " + b.goalId() + " " + b.year());
            }
        }
    }
}
