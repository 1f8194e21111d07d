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
     * Reading the security context of a request may load it from the session, and loading a JDBC
     * session opens a transaction that asks for the actor again. Without this guard each nested ask
     * loads the session once more and takes another connection until the pool runs dry; the nested
     * transaction (a session read) acts as the system instead.
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
