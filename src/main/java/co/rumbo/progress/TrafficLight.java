package co.rumbo.progress;

/** The colour shown next to a goal or a group (progress-rules §4, §5). */
public enum TrafficLight {
    /** No figures: eliminated, or nothing programmed up to the cut; a group without score. */
    GRIS,
    ROJO,
    AMARILLO,
    VERDE,
    /** Over-execution; goals only, never groups (their scores are capped at 1). */
    AZUL
}
