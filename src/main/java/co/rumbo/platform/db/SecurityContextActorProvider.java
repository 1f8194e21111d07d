package co.rumbo.platform.db;

import co.rumbo.platform.Actor;
import co.rumbo.platform.ActorProvider;
import co.rumbo.platform.TenantPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor is the authenticated user; with nobody logged in (jobs, start-up) it is the system. */
@Component
class SecurityContextActorProvider implements ActorProvider {

    /**
     * Reading the security context may load it from the session, and the session lives in the
     * database: that load opens a transaction, which asks for the actor again. Without this guard
     * the two call each other until the pool has no connection left (every page after login hung).
     * The inner transaction, the session look-up itself, is the system's.
     */
    private static final ThreadLocal<Boolean> RESOLVING = new ThreadLocal<>();

    @Override
    public Actor currentActor() {
        if (RESOLVING.get() != null) {
            return Actor.SYSTEM;
        }
        RESOLVING.set(Boolean.TRUE);
        try {
            return fromSecurityContext();
        } finally {
            RESOLVING.remove();
        }
    }

    private static Actor fromSecurityContext() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getPrincipal() == null) {
            return Actor.SYSTEM;
        }
        if (auth.getPrincipal() instanceof TenantPrincipal p) {
            return new Actor(p.username(), p.organizationId());
        }
        String name = auth.getName();
        return name == null || name.isBlank() || "anonymousUser".equals(name) ? Actor.SYSTEM : new Actor(name, null);
    }
}
