package co.rumbo.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A user as the administration pages and the API show it (never the password). */
public record UserView(
        UUID id,
        UUID organizationId,
        String username,
        String fullName,
        String email,
        Set<Role> roles,
        List<UUID> officeIds,
        List<String> officeNames,
        boolean enabled,
        Instant lockedUntil,
        Instant lastLoginAt,
        int version) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
