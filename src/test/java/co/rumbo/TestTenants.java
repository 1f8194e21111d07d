package co.rumbo;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.UserCommand;
import co.rumbo.identity.Users;
import co.rumbo.organization.OfficeCommand;
import co.rumbo.organization.OfficeKind;
import co.rumbo.organization.Organization;
import co.rumbo.organization.OrganizationKind;
import co.rumbo.organization.Organizations;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh organizations and users for integration tests. The embedded database lives as long as the
 * test JVM, so every test class makes its own organization, with a DANE code no other class of the
 * JVM uses (a 5-digit code, as a municipality's, so that a DNP file can be named for it).
 */
public final class TestTenants {

    public static final String PASSWORD = "clave-de-prueba-123";

    private static final AtomicInteger NEXT_DANE = new AtomicInteger(97000 + (int) (Math.random() * 1000));
    private static final CurrentUser ADMIN =
            new CurrentUser(UUID.randomUUID(), "admin-pruebas", "Administrador", null, Set.of(Role.ADMIN), Set.of());

    private final Organizations organizations;
    private final Users users;

    public TestTenants(Organizations organizations, Users users) {
        this.organizations = organizations;
        this.users = users;
    }

    /** A new municipality with an unused DANE code. */
    public Organization organization(String name) {
        return organizations.create(Integer.toString(NEXT_DANE.getAndIncrement()), name, OrganizationKind.MUNICIPIO);
    }

    /** A user of the organization with one role (office roles get an office of their own); returns the user name. */
    public String user(Organization org, Role role) {
        String username = role.name().toLowerCase() + "-" + org.daneCode();
        Set<UUID> offices = Set.of();
        if (role.officeScoped()) {
            offices = Set.of(organizations
                    .createOffice(
                            org.id(),
                            new OfficeCommand(
                                    "O" + role.ordinal(), "Oficina " + role.name(), OfficeKind.SECRETARIA, true))
                    .id());
        }
        users.create(
                org.id(),
                new UserCommand(username, "Persona " + role.name(), null, Set.of(role), offices, true, PASSWORD),
                ADMIN.inOrganization(org.id()));
        return username;
    }
}
