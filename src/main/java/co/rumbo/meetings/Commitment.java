package co.rumbo.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A commitment of a bilateral meeting, with its state on the day it was read.
 *
 * @param reopenedReason why the planning office reopened it after it was recorded done, if it did
 * @param daysOverdue days since the due date for an overdue commitment, else 0
 */
public record Commitment(
        UUID id,
        UUID meetingId,
        LocalDateTime meetingStartsAt,
        UUID officeId,
        String officeName,
        String description,
        String responsibleName,
        String responsibleEmail,
        UUID responsibleUserId,
        LocalDate dueDate,
        UUID goalId,
        String goalLabel,
        CommitmentState state,
        LocalDate doneOn,
        String doneNote,
        String doneBy,
        Instant doneAt,
        String reopenedReason,
        int version,
        long daysOverdue) {

    /** Done, but after its due date. */
    public boolean late() {
        return state == CommitmentState.CUMPLIDO && doneOn != null && doneOn.isAfter(dueDate);
    }
}
