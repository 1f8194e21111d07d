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

    /** Guards against re-entry: resolving the security context may itself open a transaction. */
    private static final ThreadLocal<Boolean> RESOLVING = ThreadLocal.withInitial(() -> false);

    @Override
    public Actor currentActor() {
        if (RESOLVING.get()) {
            return Actor.SYSTEM;
        }
        RESOLVING.set(true);
        try {
            return resolve();
        } finally {
            RESOLVING.set(false);
        }
    }

    private static Actor resolve() {
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
