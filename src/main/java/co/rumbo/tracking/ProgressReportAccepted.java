package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.time.Instant;
import java.util.UUID;

/** The planning office accepted a sheet: its executed values are now the goals' values of the period (source CAPTURA). Published after the change is written, in its transaction. */
public record ProgressReportAccepted(
        UUID organizationId, UUID reportId, UUID officeId, Period period, int round, String actor, Instant at) {}
