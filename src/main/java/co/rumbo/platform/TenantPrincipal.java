package co.rumbo.platform;

import java.util.UUID;

/**
 * A security principal that works inside one organization. The identity module's users implement
 * it, so infrastructure can tell the tenant of a request without knowing how users are stored.
 */
public interface TenantPrincipal {

    String username();

    /** The organization the principal is working in now, or {@code null} (a platform admin). */
    UUID organizationId();
}
