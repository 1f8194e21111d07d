package co.rumbo.progress;

/**
 * A series that the rules cannot evaluate (a DECRECIENTE goal without baseline, a target on the
 * wrong side of the baseline, a negative value…). The message is in Spanish and meant for the person
 * who defined the plan.
 */
public class InvalidSeriesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidSeriesException(String message) {
        super(message);
    }
}
