package co.rumbo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.support.Browser;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may open the administration pages. */
@RumboIntegrationTest
class AdminPagesAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    UUID org;

    @BeforeEach
    void newOrganization() {
        org = data.organization().id();
    }

    @Test
    void anEnlaceCannotReachUserManagement() {
        assertThat(browserOf(Role.ENLACE).get("/admin/usuarios").status()).isEqualTo(403);
    }

    @Test
    void aLiderCannotReachUserManagement() {
        assertThat(browserOf(Role.LIDER).get("/admin/usuarios").status()).isEqualTo(403);
    }

    @Test
    void anEnlaceCannotReachOfficeManagement() {
        assertThat(browserOf(Role.ENLACE).get("/admin/dependencias").status()).isEqualTo(403);
    }

    @Test
    void planeacionReachesUserManagement() {
        UserView planner = data.user(org, Role.PLANEACION);

        Page page =
                Browser.loggedIn(port, planner.username(), TestData.PASSWORD).get("/admin/usuarios");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(planner.username());
    }

    @Test
    void planeacionReachesOfficeManagement() {
        assertThat(browserOf(Role.PLANEACION).get("/admin/dependencias").status())
                .isEqualTo(200);
    }

    @Test
    void userManagementListsOnlyTheUsersOfTheOwnOrganization() {
        UserView stranger = data.user(data.organization().id(), Role.PLANEACION);

        Page page = browserOf(Role.PLANEACION).get("/admin/usuarios");

        assertThat(page.body()).doesNotContain(stranger.username());
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        Page page = Browser.getAnonymously(port, "/admin/usuarios");

        assertThat(page.redirectsTo("/login")).as(page.toString()).isTrue();
    }

    private Browser browserOf(Role role) {
        return Browser.loggedIn(port, data.user(org, role).username(), TestData.PASSWORD);
    }
}
