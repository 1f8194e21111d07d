package co.rumbo.dashboard;

import co.rumbo.progress.GoalState;
import co.rumbo.progress.TrafficLight;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The whole plan at a cut.
 *
 * @param progressTotal roll-up of the goals' PT through the strategic lines (avance sobre el total)
 * @param progressToCut roll-up of the goals' P through the strategic lines (avance a la fecha)
 * @param expectedToCut the same roll-up of the goals' expected progress on the total at the cut
 * @param trafficLight from {@code progressToCut}
 * @param stateCounts each goal counted once, whatever the number of its lines
 */
public record PlanFigures(
        BigDecimal progressTotal,
        BigDecimal progressToCut,
        BigDecimal expectedToCut,
        TrafficLight trafficLight,
        Map<GoalState, Integer> stateCounts,
        int goals,
        Financial financial) {

    public PlanFigures {
        stateCounts = GoalState.everyState(stateCounts);
    }

    public int lagging() {
        return stateCounts.getOrDefault(GoalState.NO_INICIADA, 0) + stateCounts.getOrDefault(GoalState.ATRASADA, 0);
    }

    public int count(GoalState state) {
        return stateCounts.getOrDefault(state, 0);
    }
}
