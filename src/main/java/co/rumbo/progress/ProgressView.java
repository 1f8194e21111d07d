package co.rumbo.progress;

/** Which progress figure a roll-up uses (progress-rules §5). */
public enum ProgressView {
    /** P, avance a la fecha. */
    TO_CUT,
    /** PT, avance sobre la meta total. */
    TOTAL
}
