package co.rumbo.platform;

/**
 * The record is locked against every change (a closed capture period, a published snapshot): HTTP
 * 423 in the API, a Spanish message on pages. The message says what is locked and how to unlock it.
 */
public class LockedException extends RuntimeException {

    public LockedException(String message) {
        super(message);
    }
}
