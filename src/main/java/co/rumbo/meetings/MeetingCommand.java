package co.rumbo.meetings;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the planning office types to schedule (or change) a bilateral meeting.
 *
 * @param startsAt date and time in Bogotá
 * @param reportPeriod the follow-up report that motivated it ({@code 2026-Q2}, or a month / year), optional
 * @param alerts the alerts that motivated it, in words, optional
 * @param alertGoalIds goals whose alerts motivated it, optional
 * @param followUpOf an earlier meeting with the same office whose commitments this one checks, optional
 */
public record MeetingCommand(
        UUID officeId,
        LocalDateTime startsAt,
        String place,
        String reportPeriod,
        String alerts,
        List<UUID> alertGoalIds,
        UUID followUpOf) {

    public MeetingCommand {
        place = place == null ? null : place.strip();
        reportPeriod = reportPeriod == null || reportPeriod.isBlank() ? null : reportPeriod.strip();
        alerts = alerts == null || alerts.isBlank() ? null : alerts.strip();
        alertGoalIds = alertGoalIds == null
                ? List.of()
                : alertGoalIds.stream()
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList();
    }
}
