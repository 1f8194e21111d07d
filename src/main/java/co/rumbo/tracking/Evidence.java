package co.rumbo.tracking;

import java.time.Instant;
import java.util.UUID;

/**
 * A piece of evidence of a row: a stored file ({@code sha256}, its type and size) or a link
 * ({@code url}).
 *
 * @param kind ARCHIVO or ENLACE
 */
public record Evidence(
        UUID id,
        UUID goalId,
        String kind,
        String name,
        String contentType,
        Integer size,
        String url,
        String sha256,
        String addedBy,
        Instant addedAt) {

    public boolean file() {
        return "ARCHIVO".equals(kind);
    }
}
