package co.rumbo.tracking;

import co.rumbo.platform.BusinessRuleException;
import java.util.List;

/**
 * Closing a period while some offices have not submitted needs an explicit confirmation (HTTP 409
 * with the offices' names); repeat with the confirmation to record their sheets as not reported.
 */
public class CloseNeedsConfirmationException extends BusinessRuleException {

    private final List<String> offices;

    public CloseNeedsConfirmationException(String message, List<String> offices) {
        super(message);
        this.offices = List.copyOf(offices);
    }

    public List<String> offices() {
        return offices;
    }
}
