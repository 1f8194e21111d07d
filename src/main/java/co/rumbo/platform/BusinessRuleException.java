package co.rumbo.platform;

/** A rule of the domain refuses the action; the message says why, in Spanish (HTTP 409). */
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
