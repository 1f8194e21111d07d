package co.rumbo.organization;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** A territorial entity, the tenant of everything in Rumbo. */
public record Organization(
        UUID id,
        String daneCode,
        String name,
        OrganizationKind kind,
        BigDecimal redBelow,
        BigDecimal greenFrom,
        BigDecimal overAbove,
        int version) {

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(daneCode, "daneCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
