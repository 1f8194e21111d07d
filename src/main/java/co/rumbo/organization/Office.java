package co.rumbo.organization;

import java.util.Objects;
import java.util.UUID;

/** An office (dependencia) of an organization. */
public record Office(
        UUID id, UUID organizationId, String code, String name, OfficeKind kind, boolean active, int version) {

    public Office {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
