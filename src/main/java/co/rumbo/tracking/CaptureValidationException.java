package co.rumbo.tracking;

/**
 * What a person entered breaks a rule of the capture (a negative value, a missing description, a
 * percentage over 100, a forbidden evidence file): HTTP 422 in the API, an inline message on pages.
 *
 * @see #field() the field the message is about ("executed", "description", "file", "url", …)
 */
public class CaptureValidationException extends RuntimeException {

    private final String field;

    public CaptureValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
