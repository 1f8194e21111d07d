package co.rumbo.planning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An action plan in a list: whose, which year, where it stands, and its first submission: the day it was
 * sent, the deadline in force then (moved to a business day) and whether it was sent after it. A late
 * plan is accepted and reviewed like any other; the mark stays for the record.
 */
public record ActionPlanSummary(
        UUID id,
        UUID officeId,
        String officeName,
        int year,
        ActionPlanState state,
        int round,
        LocalDate approvedOn,
        String minutesReference,
        int version,
        LocalDate firstSubmittedOn,
        LocalDate submissionDeadline,
        boolean submittedLate) {

    /** Calendar days between the deadline and a late first submission; null when on time or not sent. */
    @JsonProperty
    public Long daysLate() {
        return submittedLate ? ChronoUnit.DAYS.between(submissionDeadline, firstSubmittedOn) : null;
    }
}
