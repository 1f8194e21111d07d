package co.rumbo.progress;

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
}
