package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.util.List;

/**
 * What closing a period would do: the sheets still owed by their offices (recorded as not reported
 * if the period is closed, after a confirmation) and the sheets awaiting review (which must be
 * accepted or returned first).
 */
public record ClosePreview(Period period, List<SheetSummary> notSubmitted, List<SheetSummary> awaitingReview) {

    public ClosePreview {
        notSubmitted = List.copyOf(notSubmitted);
        awaitingReview = List.copyOf(awaitingReview);
    }

    public boolean needsConfirmation() {
        return !notSubmitted.isEmpty();
    }

    public boolean blocked() {
        return !awaitingReview.isEmpty();
    }
}
