package co.rumbo.platform;

/** Someone else changed the record since the form was read (optimistic locking, HTTP 409). */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String message) {
        super(message);
    }
}
