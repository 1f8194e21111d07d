package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.time.Instant;
import java.util.UUID;

/** An office's leader sent its capture sheet for review (round {@code round}). Published after the change is written, in its transaction. */
public record ProgressReportSubmitted(
        UUID organizationId, UUID reportId, UUID officeId, Period period, int round, String actor, Instant at) {}
