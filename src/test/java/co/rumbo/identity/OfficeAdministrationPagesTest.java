package co.rumbo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.rumbo.organization.Office;
import co.rumbo.organization.OfficeCommand;
import co.rumbo.organization.OfficeKind;
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

/** The planning office manages its organization's offices through the pages. */
@RumboIntegrationTest
class OfficeAdministrationPagesTest {

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
    void planeacionCreatesAnOffice() {
        Page page = planner.post(
                "/admin/dependencias/nueva",
                Form.of("code", "sec-gob", "name", "Secretaría  de Gobierno", "kind", "SECRETARIA", "active", "true"));

        assertThat(page.redirectsTo("/admin/dependencias")).as(page.toString()).isTrue();
        assertThat(organizations.offices(org))
                .extracting(Office::code, Office::name, Office::kind, Office::active)
                .containsExactly(tuple("SEC-GOB", "Secretaría de Gobierno", OfficeKind.SECRETARIA, true));
    }

    @Test
    void theNewOfficeAppearsInTheList() {
        planner.post(
                "/admin/dependencias/nueva",
                Form.of("code", "HAC", "name", "Secretaría de Hacienda", "kind", "SECRETARIA"));

        assertThat(planner.get("/admin/dependencias").body()).contains("Secretaría de Hacienda");
    }

    @Test
    void aSecondOfficeWithTheSameCodeIsRefusedInSpanish() {
        planner.post(
                "/admin/dependencias/nueva",
                Form.of("code", "SALUD", "name", "Secretaría de Salud", "kind", "SECRETARIA"));

        Page page = planner.post(
                "/admin/dependencias/nueva", Form.of("code", "SALUD", "name", "Otra de Salud", "kind", "SECRETARIA"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Ya existe una dependencia con el código SALUD");
        assertThat(organizations.offices(org)).hasSize(1);
    }

    @Test
    void anOfficeWithoutNameIsRefusedInSpanish() {
        Page page = planner.post("/admin/dependencias/nueva", Form.of("code", "X1", "name", " ", "kind", "OFICINA"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("El nombre es obligatorio");
        assertThat(organizations.offices(org)).isEmpty();
    }

    @Test
    void planeacionChangesAnOffice() {
        Office office = data.office(org);

        Page page = planner.post(
                "/admin/dependencias/" + office.id(),
                Form.of(
                        "version",
                        "0",
                        "code",
                        office.code(),
                        "name",
                        "Secretaría de Movilidad",
                        "kind",
                        "SECRETARIA",
                        "active",
                        "true"));

        assertThat(page.redirectsTo("/admin/dependencias")).as(page.toString()).isTrue();
        Office changed = organizations.office(org, office.id());
        assertThat(changed.name()).isEqualTo("Secretaría de Movilidad");
        assertThat(changed.version()).isEqualTo(1);
    }

    @Test
    void aStaleOfficeEditShowsOtraPersonaCambioAndTheNewVersion() {
        Office office = data.office(org);
        organizations.updateOffice(
                org,
                office.id(),
                0,
                new OfficeCommand(office.code(), "Secretaría de Cultura", OfficeKind.SECRETARIA, true));

        Page page = planner.post(
                "/admin/dependencias/" + office.id(),
                Form.of(
                        "version",
                        "0",
                        "code",
                        office.code(),
                        "name",
                        "Secretaría de Turismo",
                        "kind",
                        "SECRETARIA",
                        "active",
                        "true"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Otra persona cambió esta dependencia", "Secretaría de Cultura");
        assertThat(organizations.office(org, office.id()).name()).isEqualTo("Secretaría de Cultura");
    }

    @Test
    void anOfficeOfAnotherOrganizationIsNotFound() {
        Office foreign = data.office(data.organization().id());

        assertThat(planner.get("/admin/dependencias/" + foreign.id()).status()).isEqualTo(404);
    }
}
