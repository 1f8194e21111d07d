package co.rumbo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.organization.Office;
import co.rumbo.support.Browser;
import co.rumbo.support.Form;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The planning office manages its organization's users through the pages; only an ADMIN grants ADMIN. */
@RumboIntegrationTest
class UserAdministrationPagesTest {

    private static final String NEW_PASSWORD = "otra-clave-segura";

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    Users users;

    UUID org;
    Office office;
    Browser planner;

    @BeforeEach
    void loggedInPlanner() {
        org = data.organization().id();
        office = data.office(org);
        planner = Browser.loggedIn(port, data.user(org, Role.PLANEACION).username(), TestData.PASSWORD);
    }

    @Test
    void planeacionCreatesAUserWithRolesAndOffices() {
        Office second = data.office(org);
        String username = TestData.unique("enlace");

        Page page = planner.post(
                "/admin/usuarios/nuevo",
                newUser(username)
                        .add("roles", "LIDER")
                        .add("roles", "ENLACE")
                        .add("officeIds", office.id())
                        .add("officeIds", second.id()));

        assertThat(page.redirectsTo("/admin/usuarios")).as(page.toString()).isTrue();
        UserView created = find(username);
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.LIDER, Role.ENLACE);
        assertThat(created.officeIds()).containsExactlyInAnyOrder(office.id(), second.id());
        assertThat(created.organizationId()).isEqualTo(org);
        assertThat(created.enabled()).isTrue();
    }

    @Test
    void theCreatedUserLogsInWithThePasswordGiven() {
        String username = TestData.unique("hacienda");
        planner.post("/admin/usuarios/nuevo", newUser(username).add("roles", "HACIENDA"));

        assertThat(Browser.at(port).login(username, NEW_PASSWORD).redirectsTo("/"))
                .isTrue();
    }

    @Test
    void aLiderWithoutOfficeIsRefusedInSpanish() {
        String username = TestData.unique("lider");

        Page page = planner.post("/admin/usuarios/nuevo", newUser(username).add("roles", "LIDER"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Los roles LIDER y ENLACE necesitan al menos una dependencia");
        assertThat(users.exists(username)).isFalse();
    }

    @Test
    void aUserWithoutRoleIsRefusedInSpanish() {
        String username = TestData.unique("sinrol");

        Page page = planner.post("/admin/usuarios/nuevo", newUser(username));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Elija al menos un rol");
        assertThat(users.exists(username)).isFalse();
    }

    @Test
    void aShortPasswordIsRefusedInSpanish() {
        String username = TestData.unique("corta");

        Page page = planner.post(
                "/admin/usuarios/nuevo",
                newUser(username).set("password", "corta").add("roles", "CONTROL"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("La contraseña debe tener al menos 10 caracteres");
        assertThat(users.exists(username)).isFalse();
    }

    @Test
    void anOfficeOfAnotherOrganizationCannotBeGiven() {
        Office foreign = data.office(data.organization().id());
        String username = TestData.unique("ajeno");

        Page page = planner.post(
                "/admin/usuarios/nuevo",
                newUser(username).add("roles", "ENLACE").add("officeIds", foreign.id()));

        assertThat(page.status()).isEqualTo(404);
        assertThat(users.exists(username)).isFalse();
    }

    @Test
    void planeacionIsNotOfferedTheAdminRole() {
        Page page = planner.get("/admin/usuarios/nuevo");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"PLANEACION\"").doesNotContain("value=\"ADMIN\"");
    }

    @Test
    void planeacionCannotGrantAdmin() {
        String username = TestData.unique("admin");

        Page page = planner.post("/admin/usuarios/nuevo", newUser(username).add("roles", "ADMIN"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Solo un administrador de la plataforma puede otorgar el rol ADMIN");
        assertThat(users.exists(username)).isFalse();
    }

    @Test
    void planeacionCannotGiveAdminToAnExistingUser() {
        UserView control = data.user(org, Role.CONTROL);

        Page page = planner.post(
                "/admin/usuarios/" + control.id(), existing(control).set("roles", "ADMIN"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Solo un administrador de la plataforma puede otorgar el rol ADMIN");
        assertThat(users.get(org, control.id()).roles()).containsExactly(Role.CONTROL);
    }

    @Test
    void planeacionCannotChangeAnAdministrator() {
        UserView admin = data.user(org, Role.ADMIN);

        Page page =
                planner.post("/admin/usuarios/" + admin.id(), existing(admin).set("fullName", "Otro nombre"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Solo un administrador de la plataforma puede cambiar a otro administrador");
        assertThat(users.get(org, admin.id()).fullName()).isEqualTo(admin.fullName());
    }

    @Test
    void anAdministratorGrantsAdmin() {
        Browser admin = Browser.loggedIn(port, data.user(org, Role.ADMIN).username(), TestData.PASSWORD);
        String username = TestData.unique("admin");

        Page page = admin.post("/admin/usuarios/nuevo", newUser(username).add("roles", "ADMIN"));

        assertThat(page.redirectsTo("/admin/usuarios")).as(page.toString()).isTrue();
        assertThat(find(username).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void planeacionChangesAUsersRolesAndOffices() {
        UserView enlace = data.user(org, Role.ENLACE);

        Page page = planner.post(
                "/admin/usuarios/" + enlace.id(),
                existing(enlace).set("roles", "LIDER").set("officeIds", office.id()));

        assertThat(page.redirectsTo("/admin/usuarios")).as(page.toString()).isTrue();
        UserView changed = users.get(org, enlace.id());
        assertThat(changed.roles()).containsExactly(Role.LIDER);
        assertThat(changed.officeIds()).containsExactly(office.id());
        assertThat(changed.version()).isEqualTo(enlace.version() + 1);
    }

    @Test
    void aStaleUserEditShowsOtraPersonaCambio() {
        UserView control = data.user(org, Role.CONTROL);
        planner.post("/admin/usuarios/" + control.id(), existing(control).set("fullName", "Primer cambio"));

        Page page = planner.post(
                "/admin/usuarios/" + control.id(), existing(control).set("fullName", "Segundo cambio"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Otra persona cambió este usuario");
        assertThat(users.get(org, control.id()).fullName()).isEqualTo("Primer cambio");
    }

    private static Form newUser(String username) {
        return Form.of(
                "username",
                username,
                "fullName",
                "Persona " + username,
                "email",
                username + "@prueba.gov.co",
                "password",
                NEW_PASSWORD,
                "_enabled",
                "on",
                "enabled",
                "on");
    }

    /** The edit form of a user as the page fills it (blank password: keep the current one). */
    private static Form existing(UserView user) {
        Form form = Form.of(
                "version",
                Integer.toString(user.version()),
                "username",
                user.username(),
                "fullName",
                user.fullName(),
                "email",
                user.email() == null ? "" : user.email(),
                "password",
                "",
                "_enabled",
                "on",
                "enabled",
                "on");
        user.roles().forEach(r -> form.add("roles", r.name()));
        user.officeIds().forEach(o -> form.add("officeIds", o));
        return form;
    }

    private UserView find(String username) {
        return users.search(org, username, 0, 10).items().stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No se creó el usuario " + username));
    }
}
