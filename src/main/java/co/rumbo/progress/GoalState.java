package co.rumbo.progress;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The state of a goal at a cut; the first matching rule of progress-rules §4 decides. */
public enum GoalState {
    ELIMINADA,
    EJECUCION_SIN_PROGRAMACION,
    SIN_PROGRAMACION,
    NO_INICIADA,
    SOBREEJECUTADA,
    CUMPLIDA,
    AL_DIA,
    ATRASADA;

    /** Rezagada: the goals of the quarterly alert report. */
    public boolean isLagging() {
        return this == NO_INICIADA || this == ATRASADA;
    }

    /** States 1–3 have no figures, hence no score, and are left out of every roll-up (§5). */
    public boolean isScored() {
        return this != ELIMINADA && this != EJECUCION_SIN_PROGRAMACION && this != SIN_PROGRAMACION;
    }

    /**
     * Every state, in the order of progress-rules §4, with its count in {@code counts} or 0 for the
     * states no goal is in; unmodifiable. What every summary of goals shows, so that an empty state
     * still has its column.
     */
    public static Map<GoalState, Integer> everyState(Map<GoalState, Integer> counts) {
        EnumMap<GoalState, Integer> all = new EnumMap<>(GoalState.class);
        for (GoalState state : values()) {
            all.put(state, counts.getOrDefault(state, 0));
        }
        return Collections.unmodifiableMap(all);
    }
}
