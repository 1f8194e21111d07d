package co.rumbo.dashboard;

import co.rumbo.progress.GoalState;
import co.rumbo.progress.TrafficLight;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A strategic line, sector, program or office rolled up from its goals (progress-rules §5).
 *
 * @param id what the goal list filters by: the line's or office's id, the sector's or program's code;
 *     "none" for the goals without one
 * @param score the roll-up of the goals' P (avance a la fecha), in [0, 1]; null without scored goals
 * @param scoreTotal the roll-up of the goals' PT (avance sobre la meta total)
 * @param expectedToCut the roll-up of the goals' expected progress on the total at the cut
 * @param trafficLight from {@code score}
 * @param stateCounts how many of its goals are in each state
 * @param goals how many goals it has
 * @param financial the money of its goals up to the cut's year
 */
public record GroupFigures(
        GroupKind kind,
        String id,
        String code,
        String name,
        BigDecimal weight,
        BigDecimal score,
        BigDecimal scoreTotal,
        BigDecimal expectedToCut,
        TrafficLight trafficLight,
        Map<GoalState, Integer> stateCounts,
        int goals,
        Financial financial) {

    /** The id of the group of goals that have no line, sector, program or office. */
    public static final String NONE = "none";

    public GroupFigures {
        stateCounts = GoalState.everyState(stateCounts);
    }

    /** Rezagadas: NO_INICIADA plus ATRASADA. */
    public int lagging() {
        return stateCounts.getOrDefault(GoalState.NO_INICIADA, 0) + stateCounts.getOrDefault(GoalState.ATRASADA, 0);
    }

    public int count(GoalState state) {
        return stateCounts.getOrDefault(state, 0);
    }
}
