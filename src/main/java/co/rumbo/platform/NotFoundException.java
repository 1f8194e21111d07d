package co.rumbo.platform;

/**
 * Something does not exist for the current user. Also thrown for another organization's data, so
 * that nobody can tell it exists (HTTP 404, never 403).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
