package co.rumbo.tracking;

import co.rumbo.platform.StaleVersionException;

/** Someone saved the row first (HTTP 409): {@link #current()} is the row as it is now. */
public class StaleRowException extends StaleVersionException {

    private final transient ProgressReport.Row current;

    public StaleRowException(String message, ProgressReport.Row current) {
        super(message);
        this.current = current;
    }

    public ProgressReport.Row current() {
        return current;
    }
}
