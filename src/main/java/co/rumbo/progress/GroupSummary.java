package co.rumbo.progress;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What a group shows (progress-rules §5): its score, its traffic light and how many of its goals
 * (at any depth below it) are in each state.
 *
 * @param id the group's id
 * @param score in [0, 1], or {@code null} when no child has a score
 * @param trafficLight from the score and the organization's thresholds; never AZUL, GRIS without score
 * @param stateCounts every state, with 0 for the states no goal is in
 */
public record GroupSummary<K>(K id, BigDecimal score, TrafficLight trafficLight, Map<GoalState, Integer> stateCounts) {

    public GroupSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trafficLight, "trafficLight");
        stateCounts = GoalState.everyState(stateCounts);
    }

    public boolean hasScore() {
        return score != null;
    }

    public int count(GoalState state) {
        return stateCounts.get(state);
    }

    /** Goals with a known state below this group. */
    public int goals() {
        return stateCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Rezagadas below this group: NO_INICIADA plus ATRASADA. */
    public int lagging() {
        return count(GoalState.NO_INICIADA) + count(GoalState.ATRASADA);
    }
}
