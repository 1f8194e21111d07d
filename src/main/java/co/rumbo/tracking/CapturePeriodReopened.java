package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.time.Instant;
import java.util.UUID;

/** The planning office reopened a closed period, with its reason (audited). Published after the change is written, in its transaction. */
public record CapturePeriodReopened(UUID organizationId, Period period, String reason, String actor, Instant at) {}
