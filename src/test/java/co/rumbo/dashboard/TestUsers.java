package co.rumbo.dashboard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A logged-in person of an organization for MockMvc requests, with the principal the application reads. */
final class TestUsers {

    private TestUsers() {}

    record Principal(CurrentUser currentUser) implements CurrentUser.CurrentUserHolder {}

    static RequestPostProcessor as(UUID organizationId, Role... roles) {
        CurrentUser user = new CurrentUser(
                UUID.randomUUID(), "prueba", "Persona de prueba", organizationId, Set.of(roles), Set.of());
        return authentication(new UsernamePasswordAuthenticationToken(
                new Principal(user),
                null,
                Arrays.stream(roles)
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList()));
    }
}
