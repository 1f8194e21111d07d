package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The planning office opened a period for capture; sheets are due on {@code deadline}. Published after the change is written, in its transaction. */
public record CapturePeriodOpened(UUID organizationId, Period period, LocalDate deadline, String actor, Instant at) {}
