package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.platform.db.Numerics;
import co.rumbo.progress.Evaluation;
import co.rumbo.progress.GoalState;
import co.rumbo.progress.InvalidSeriesException;
import co.rumbo.progress.Series;
import co.rumbo.progress.Thresholds;
import co.rumbo.progress.TrafficLight;
import co.rumbo.progress.YearViews;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The live figures of a row (progress-rules §6, within the year): the series of the year's periods of
 * the sheet's kind, programmed from the approved action plan, executed from the values recorded for
 * the earlier periods and the sheet's own value for this one, evaluated at this period by the engine.
 */
final class SheetFigures {

    private SheetFigures() {}

    static ProgressReport.LiveFigures compute(
            ProgrammedGoal goal,
            Period period,
            BigDecimal executed,
            Map<Period, BigDecimal> earlier,
            Thresholds thresholds) {
        List<BigDecimal> programmed = goal.programmedByPeriod(period.year(), period.kind());
        List<BigDecimal> values = new ArrayList<>(programmed.size());
        for (Period p : Period.ofYear(period.year()).subPeriods(period.kind())) {
            if (p.number() < period.number()) {
                values.add(earlier.get(p));
            } else if (p.number() == period.number()) {
                values.add(executed);
            } else {
                values.add(null);
            }
        }
        try {
            Series series = new Series(programmed, values, goal.type(), goal.baseline(), goal.eliminated());
            Evaluation e = YearViews.withinYear(series, period.number(), thresholds);
            return new ProgressReport.LiveFigures(
                    Numerics.strip(e.targetToCut()),
                    Numerics.strip(e.valueToCut()),
                    Numerics.strip(e.progressToCut()),
                    Numerics.strip(e.progressTotal()),
                    e.state(),
                    e.trafficLight(),
                    null);
        } catch (InvalidSeriesException e) {
            return new ProgressReport.LiveFigures(
                    null, null, null, null, GoalState.SIN_PROGRAMACION, TrafficLight.GRIS, e.getMessage());
        }
    }
}
