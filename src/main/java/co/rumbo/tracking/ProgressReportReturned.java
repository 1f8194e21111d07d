package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The planning office returned a sheet to its office with observations per goal (goal id → text) and
 * an optional general comment. Published after the change is written, in its transaction.
 */
public record ProgressReportReturned(
        UUID organizationId,
        UUID reportId,
        UUID officeId,
        Period period,
        int round,
        Map<UUID, String> observations,
        String comment,
        String actor,
        Instant at) {

    public ProgressReportReturned {
        observations = Map.copyOf(observations);
    }
}
