package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The planning office closed a period: its figures are locked. {@code notReportedOffices} are the
 * offices whose sheets were recorded as not reported. Published after the change is written, in its
 * transaction.
 */
public record CapturePeriodClosed(
        UUID organizationId, Period period, List<UUID> notReportedOffices, String actor, Instant at) {

    public CapturePeriodClosed {
        notReportedOffices = List.copyOf(notReportedOffices);
    }
}
