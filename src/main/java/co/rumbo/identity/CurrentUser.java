package co.rumbo.identity;

import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.TenantPrincipal;
import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person making the current request: who, in which organization, with which roles and offices.
 *
 * @param organizationId the organization being worked in; {@code null} only for a platform admin who
 *     has not chosen one yet
 */
public record CurrentUser(
        UUID id, String username, String fullName, UUID organizationId, Set<Role> roles, Set<UUID> officeIds)
        implements Serializable, TenantPrincipal {

    public CurrentUser {
        roles = Set.copyOf(roles);
        officeIds = Set.copyOf(officeIds);
    }

    /** The authenticated user of this thread; throws when nobody is logged in. */
    public static CurrentUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUserHolder holder) {
            return holder.currentUser();
        }
        throw new ForbiddenException("Debe iniciar sesión");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) return true;
        }
        return false;
    }

    /** Planning office, treasury, mayor's office, control and admins see every office. */
    public boolean seesAllOffices() {
        return roles.stream().anyMatch(r -> !r.officeScoped());
    }

    public boolean canSeeOffice(UUID officeId) {
        return seesAllOffices() || officeIds.contains(officeId);
    }

    /** The organization being worked in; a platform admin who has chosen none is told to choose. */
    public UUID requireOrganization() {
        if (organizationId == null) {
            throw new ForbiddenException("Elija primero la entidad en la que va a trabajar");
        }
        return organizationId;
    }

    public CurrentUser inOrganization(UUID organization) {
        return new CurrentUser(id, username, fullName, organization, roles, officeIds);
    }

    /** Implemented by the security principal so that {@link #get()} can find the user. */
    public interface CurrentUserHolder {
        CurrentUser currentUser();
    }
}
