package co.rumbo.meetings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A commitment agreed in a meeting: what, who answers for it (a user of Rumbo, or a name and an
 * e-mail), by when, and optionally the goal it is about.
 */
public record CommitmentCommand(
        String description,
        String responsibleName,
        String responsibleEmail,
        UUID responsibleUserId,
        LocalDate dueDate,
        UUID goalId) {

    public CommitmentCommand {
        description = description == null ? null : description.strip();
        responsibleName = responsibleName == null || responsibleName.isBlank() ? null : responsibleName.strip();
        responsibleEmail = responsibleEmail == null || responsibleEmail.isBlank() ? null : responsibleEmail.strip();
    }
}
