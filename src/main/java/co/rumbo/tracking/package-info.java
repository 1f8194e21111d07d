/**
 * The programmed and executed values of each goal per period, and each goal's budget execution per
 * year: what every progress figure is computed from. Values come from a person (the API), DNP's
 * seguimiento file, the municipality's own workbook and, later, the capture sheets; each row says
 * which.
 *
 * <p>Public face: {@link co.rumbo.tracking.GoalValues} (set and read values; the read API of the
 * dashboard is {@link co.rumbo.tracking.GoalValues#forPlan}) and its records. For read models that
 * aggregate in SQL, the views {@code goal_value_by_plan} and {@code goal_budget_by_plan} (migration
 * V7) give the same rows with their plan.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "calendar", "progress", "structure"})
package co.rumbo.tracking;

import org.springframework.modulith.ApplicationModule;
