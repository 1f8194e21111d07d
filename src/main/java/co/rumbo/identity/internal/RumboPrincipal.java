package co.rumbo.identity.internal;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.TenantPrincipal;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as Spring Security keeps it in the session. */
public final class RumboPrincipal
        implements UserDetails, CredentialsContainer, TenantPrincipal, CurrentUser.CurrentUserHolder {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final boolean nonLocked;
    private final boolean recentFailures;

    RumboPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean nonLocked) {
        this(user, passwordHash, enabled, nonLocked, false);
    }

    /**
     * @param recentFailures the account had failed attempts counted when it was loaded: a success must
     *     reset them (otherwise a success writes nothing)
     */
    RumboPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean nonLocked, boolean recentFailures) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
        this.recentFailures = recentFailures;
    }

    boolean recentFailures() {
        return recentFailures;
    }

    /** The same person working in another organization (a platform admin switching tenants). */
    public RumboPrincipal inOrganization(UUID organizationId) {
        return new RumboPrincipal(user.inOrganization(organizationId), null, enabled, nonLocked, recentFailures);
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public String username() {
        return user.username();
    }

    @Override
    public UUID organizationId() {
        return user.organizationId();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream()
                .map(Role::authority)
                .map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "RumboPrincipal[" + user.username() + "]";
    }

    static List<GrantedAuthority> none() {
        return List.of();
    }
}
