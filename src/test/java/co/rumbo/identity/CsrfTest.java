package co.rumbo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.organization.Organizations;
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

/** A form posted without the session's CSRF token (a forged cross-site request) is refused. */
@RumboIntegrationTest
class CsrfTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    Organizations organizations;

    UUID org;
    Browser planner;

    @BeforeEach
    void loggedInPlanner() {
        org = data.organization().id();
        planner = Browser.loggedIn(port, data.user(org, Role.PLANEACION).username(), TestData.PASSWORD);
    }

    @Test
    void aFormWithoutTheTokenIsRefused() {
        Page page = planner.postWithoutCsrf("/admin/dependencias/nueva", officeForm("SIN-TOKEN"));

        assertThat(page.status()).isEqualTo(403);
        assertThat(organizations.offices(org)).isEmpty();
    }

    @Test
    void aFormWithAWrongTokenIsRefused() {
        Page page = planner.postWithoutCsrf(
                "/admin/dependencias/nueva", officeForm("FALSO").add("_csrf", "falso"));

        assertThat(page.status()).isEqualTo(403);
        assertThat(organizations.offices(org)).isEmpty();
    }

    @Test
    void theSameFormWithTheTokenIsAccepted() {
        Page page = planner.post("/admin/dependencias/nueva", officeForm("CON-TOKEN"));

        assertThat(page.redirectsTo("/admin/dependencias")).as(page.toString()).isTrue();
        assertThat(organizations.offices(org)).hasSize(1);
    }

    @Test
    void theLoginFormWithoutTheTokenIsRefused() {
        UserView user = data.user(org, Role.PLANEACION);

        Page page = Browser.at(port)
                .postWithoutCsrf("/login", Form.of("username", user.username(), "password", TestData.PASSWORD));

        assertThat(page.status()).isEqualTo(403);
    }

    private static Form officeForm(String code) {
        return Form.of(
                "code", code, "name", TestData.unique("Secretaría " + code), "kind", "SECRETARIA", "active", "true");
    }
}
