package co.rumbo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.Role;
import co.rumbo.identity.UserView;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organizations;
import co.rumbo.support.Browser;
import co.rumbo.support.Form;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The audit trail page: its filters, and who may read it. */
@RumboIntegrationTest
class AuditPageTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    Organizations organizations;

    UUID org;
    UserView ana;
    UserView beto;
    Browser anasBrowser;
    String anasOffice;
    String betosOffice;

    @BeforeEach
    void twoPlannersEachCreateAnOffice() {
        org = data.organization().id();
        ana = data.user(org, Role.PLANEACION);
        beto = data.user(org, Role.PLANEACION);
        anasBrowser = Browser.loggedIn(port, ana.username(), TestData.PASSWORD);
        anasOffice = TestData.unique("Oficina auditada A");
        betosOffice = TestData.unique("Oficina auditada B");
        createOffice(anasBrowser, anasOffice);
        createOffice(Browser.loggedIn(port, beto.username(), TestData.PASSWORD), betosOffice);
    }

    @Test
    void showsTheOrganizationsChanges() {
        Page page = anasBrowser.get("/auditoria");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(anasOffice, betosOffice);
    }

    @Test
    void filtersByUser() {
        Page page = anasBrowser.get("/auditoria?usuario=" + ana.username());

        assertThat(page.body()).contains(anasOffice).doesNotContain(betosOffice);
    }

    @Test
    void filtersByTable() {
        Page page = anasBrowser.get("/auditoria?tabla=app_user");

        assertThat(page.body()).contains(ana.username(), beto.username()).doesNotContain(anasOffice);
    }

    @Test
    void filtersByRecord() {
        Page page = anasBrowser.get("/auditoria?registro=" + officeId(anasOffice));

        assertThat(page.body()).contains(anasOffice).doesNotContain(betosOffice, ana.username() + "@");
        assertThat(page.body()).contains("1 cambios");
    }

    @Test
    void filtersByADateRangeThatIncludesToday() {
        Page page = anasBrowser.get("/auditoria?desde=" + today() + "&hasta=" + today());

        assertThat(page.body()).contains(anasOffice, betosOffice);
    }

    @Test
    void filtersOutChangesBeforeTheRange() {
        Page page = anasBrowser.get("/auditoria?desde=" + today().plusDays(1));

        assertThat(page.body()).contains("0 cambios").doesNotContain(anasOffice);
    }

    @Test
    void filtersOutChangesAfterTheRange() {
        Page page = anasBrowser.get("/auditoria?hasta=" + today().minusDays(1));

        assertThat(page.body()).contains("0 cambios").doesNotContain(anasOffice);
    }

    @Test
    void combinesFilters() {
        Page page = anasBrowser.get("/auditoria?usuario=" + beto.username() + "&tabla=office&desde=" + today());

        assertThat(page.body()).contains(betosOffice, "1 cambios").doesNotContain(anasOffice);
    }

    @Test
    void showsNoChangeOfAnotherOrganization() {
        UUID other = data.organization().id();
        Office foreign = data.office(other);

        assertThat(anasBrowser.get("/auditoria").body()).doesNotContain(foreign.name());
        assertThat(anasBrowser.get("/auditoria?registro=" + foreign.id()).body())
                .contains("0 cambios");
    }

    @Test
    void internalControlReadsTheTrail() {
        assertThat(browserOf(Role.CONTROL).get("/auditoria").status()).isEqualTo(200);
    }

    @Test
    void anEnlaceCannotReadTheTrail() {
        assertThat(browserOf(Role.ENLACE).get("/auditoria").status()).isEqualTo(403);
    }

    @Test
    void aLiderCannotReadTheTrail() {
        assertThat(browserOf(Role.LIDER).get("/auditoria").status()).isEqualTo(403);
    }

    /** The trail filters by days of Bogotá. */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Bogota"));
    }

    private Browser browserOf(Role role) {
        return Browser.loggedIn(port, data.user(org, role).username(), TestData.PASSWORD);
    }

    private static void createOffice(Browser browser, String name) {
        Page page = browser.post(
                "/admin/dependencias/nueva",
                Form.of("code", TestData.unique("AUD"), "name", name, "kind", "OFICINA", "active", "true"));
        assertThat(page.redirectsTo("/admin/dependencias")).as(page.toString()).isTrue();
    }

    private UUID officeId(String name) {
        return organizations.findOfficeByName(org, name).orElseThrow().id();
    }
}
