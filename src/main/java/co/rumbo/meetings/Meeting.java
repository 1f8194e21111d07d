package co.rumbo.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A bilateral meeting with its commitment counts.
 *
 * @param startsAt date and time in Bogotá
 * @param minutes the attached minutes, or {@code null}
 */
public record Meeting(
        UUID id,
        UUID officeId,
        String officeName,
        LocalDateTime startsAt,
        String place,
        String reportPeriod,
        String alerts,
        UUID followUpOf,
        MeetingState state,
        String cancelReason,
        Minutes minutes,
        String createdBy,
        Instant createdAt,
        int version,
        int commitments,
        int pendingCommitments,
        int overdueCommitments) {

    /** The attached minutes: the name the file came with, its type and size, who attached it and when. */
    public record Minutes(String name, String contentType, long size, Instant uploadedAt, String uploadedBy) {}
}
