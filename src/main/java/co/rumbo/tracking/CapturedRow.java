package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A row of a sheet as it stands, for reports and other modules (see {@link
 * ProgressReports#capturedRows}). Only an {@link ReportState#ACEPTADO} sheet's values are the goals'
 * values of the period.
 *
 * @param programmed programmed in the period by the approved action plan (null: nothing programmed)
 * @param evidence how many pieces of evidence the row has
 */
public record CapturedRow(
        UUID officeId,
        Period period,
        ReportState state,
        boolean notReported,
        UUID goalId,
        String code,
        BigDecimal programmed,
        BigDecimal executed,
        String description,
        int evidence) {}
