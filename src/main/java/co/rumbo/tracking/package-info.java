/**
 * The programmed and executed values of each goal per period, and each goal's budget execution per
 * year: what every progress figure is computed from. Values come from a person (the API), DNP's
 * seguimiento file, the municipality's own workbook and the capture sheets; each row says which.
 *
 * <p>The capture (PE-P-004 steps 3–4): {@link co.rumbo.tracking.CapturePeriods} (settings, periods
 * opened, closed and reopened by the planning office, the lock of closed periods), {@link
 * co.rumbo.tracking.ProgressReports} (each office's capture sheet, its rows with live figures, its
 * submission and review), {@link co.rumbo.tracking.ReportEvidence} (files and links of the rows) and
 * {@link co.rumbo.tracking.BudgetExecutions} (money per project and source, typed by the office or
 * loaded from the treasury). Events: {@link co.rumbo.tracking.CapturePeriodOpened}, {@link
 * co.rumbo.tracking.CapturePeriodClosed}, {@link co.rumbo.tracking.CapturePeriodReopened}, {@link
 * co.rumbo.tracking.ProgressReportSubmitted}, {@link co.rumbo.tracking.ProgressReportReturned},
 * {@link co.rumbo.tracking.ProgressReportAccepted}.
 *
 * <p>Public face for values: {@link co.rumbo.tracking.GoalValues} (set and read values; the read API
 * of the dashboard is {@link co.rumbo.tracking.GoalValues#forPlan}) and its records. For read models
 * that aggregate in SQL, the views {@code goal_value_by_plan} and {@code goal_budget_by_plan}
 * (migration V7) give the same rows with their plan. The approved action plans are read through the
 * views {@code tracking_programmed_goal} and {@code tracking_programmed_budget} (migration V22) over
 * the planning module's tables, never through its Java internals.
 */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "identity",
            "calendar",
            "progress",
            "structure",
            "organization",
            "notification"
        })
package co.rumbo.tracking;

import org.springframework.modulith.ApplicationModule;
