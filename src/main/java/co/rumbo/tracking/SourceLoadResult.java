package co.rumbo.tracking;

import java.util.List;
import java.util.UUID;

/**
 * What {@link GoalValues#replaceSource} did.
 *
 * @param valuesWritten goal-period values inserted or changed
 * @param valuesRemoved values of the source no longer in it
 * @param budgetsWritten goal-year budget executions inserted or changed
 * @param budgetsRemoved budget executions of the source no longer in it
 * @param kept values and budgets the load did not overwrite because another source set them
 */
public record SourceLoadResult(
        int valuesWritten, int valuesRemoved, int budgetsWritten, int budgetsRemoved, List<Kept> kept) {

    public SourceLoadResult {
        kept = List.copyOf(kept);
    }

    /**
     * A goal's value (a period like "2025-Q3") or budget (a year like "2025", {@code budget} true)
     * that already came from another source and was left as it was.
     */
    public record Kept(UUID goalId, String period, boolean budget, ValueSource source) {}
}
