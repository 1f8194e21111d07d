package co.rumbo.dashboard;

import co.rumbo.progress.Evaluation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * One goal's tablero at a cut: its figures, both views of §6 and the values they come from.
 *
 * @param overPlan the four-year view at the cut's year (null when the goal's data is invalid)
 * @param withinYear the view within the cut's year at its cut (null before its first period closes)
 * @param years one entry per year of the plan
 * @param values every value recorded for the goal, with when and where it came from
 */
public record GoalDashboard(
        PlanInfo plan,
        YearMonth cut,
        GoalFigures goal,
        Evaluation overPlan,
        Evaluation withinYear,
        List<YearFigures> years,
        List<ValueChange> values) {

    public GoalDashboard {
        years = List.copyOf(years);
        values = List.copyOf(values);
    }

    /**
     * One year of the goal: its Plan Indicativo target, the periods it is followed by, its value V
     * (what the four-year series takes as that year's execution) and its own evaluation.
     *
     * @param granularity "MONTH", "QUARTER", "YEAR", or null when nothing was recorded
     * @param cutInYear how many of its periods count at the cut (0 for a year after the cut)
     * @param value the year's V at its cut; null when it has none
     * @param withinYear the year's own evaluation at its cut; null when no period counts
     * @param warning the consistency warning of §6, if any
     */
    public record YearFigures(
            int year,
            BigDecimal annualTarget,
            String granularity,
            List<PeriodValue> periods,
            int cutInYear,
            BigDecimal value,
            Evaluation withinYear,
            String warning,
            Financial financial) {

        public YearFigures {
            periods = List.copyOf(periods);
        }
    }

    /** A period of a year's series; {@code counts} is false after the cut. */
    public record PeriodValue(String period, BigDecimal programmed, BigDecimal executed, boolean counts) {}

    /** A recorded value, as the values table keeps it. */
    public record ValueChange(
            String period, BigDecimal programmed, BigDecimal executed, String source, Instant updatedAt, int version) {}
}
