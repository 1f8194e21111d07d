package co.rumbo.notification;

import java.time.Instant;

/** A mail of the outbox as the planning office sees it. */
public record OutboxMail(
        long id,
        String recipient,
        String subject,
        String body,
        String dedupeKey,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        int attempts,
        String lastError,
        Instant failedAt,
        Instant discardedAt,
        String discardedBy) {

    public MailState state() {
        if (sentAt != null) return MailState.ENVIADO;
        if (discardedAt != null) return MailState.DESCARTADO;
        if (failedAt != null) return MailState.FALLIDO;
        return MailState.PENDIENTE;
    }
}
