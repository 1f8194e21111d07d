package co.rumbo.dashboard;

/** A cut that is not a month written YYYY-MM inside the plan's years (HTTP 400); the message is Spanish. */
public class InvalidCutException extends RuntimeException {

    public InvalidCutException(String message) {
        super(message);
    }
}
