package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One office's sheet in a period, for lists (the planning office's follow-up, reminders, reports).
 *
 * @param rows goals in the sheet
 * @param filled rows with an executed value
 * @param notReported the period was closed without the sheet being accepted
 * @param overdue still owed by the office after the deadline of an open period
 * @param late submitted (last time) after the deadline
 */
public record SheetSummary(
        UUID id,
        UUID officeId,
        String officeName,
        Period period,
        ReportState state,
        int round,
        boolean notReported,
        LocalDate deadline,
        Instant submittedAt,
        String submittedBy,
        Instant reviewedAt,
        String reviewedBy,
        int rows,
        int filled,
        boolean overdue,
        boolean late,
        int version) {

    public SheetSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(state, "state");
    }
}
