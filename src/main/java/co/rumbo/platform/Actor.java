package co.rumbo.platform;

import java.util.UUID;

/**
 * Who is acting in the current transaction, as the audit triggers record it.
 *
 * @param name the user name, or {@code "sistema"} for jobs and start-up work
 * @param organizationId the organization the actor works in, or {@code null} for platform work
 */
public record Actor(String name, UUID organizationId) {

    public static final Actor SYSTEM = new Actor("sistema", null);

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor name is required");
        }
    }
}
