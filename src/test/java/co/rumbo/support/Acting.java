package co.rumbo.support;

import co.rumbo.platform.TenantPrincipal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs service calls as if a person were logged in, so that the transaction manager tells the audit
 * triggers who acts. Only the actor matters here; pages and permissions are tested through
 * {@link Browser}.
 */
public final class Acting {

    private Acting() {}

    record Person(String username, UUID organizationId) implements TenantPrincipal {}

    public static <T> T as(String username, UUID organizationId, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new TestingAuthenticationToken(new Person(username, organizationId), null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String username, UUID organizationId, Runnable work) {
        as(username, organizationId, () -> {
            work.run();
            return null;
        });
    }
}
