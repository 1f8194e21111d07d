package co.rumbo.tracking;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The tracked values of a whole plan, by goal. Goals with nothing tracked are absent from
 * {@link #byGoal()}; {@link #goal(UUID)} gives them an empty set.
 */
public record PlanValues(UUID planId, Map<UUID, GoalValueSet> byGoal) {

    public PlanValues {
        Objects.requireNonNull(planId, "planId");
        byGoal = Collections.unmodifiableMap(new LinkedHashMap<>(byGoal));
    }

    public GoalValueSet goal(UUID goalId) {
        GoalValueSet set = byGoal.get(goalId);
        return set != null ? set : GoalValueSet.empty(goalId);
    }
}
