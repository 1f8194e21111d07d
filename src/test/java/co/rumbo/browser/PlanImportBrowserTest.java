package co.rumbo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.UserCommand;
import co.rumbo.identity.Users;
import co.rumbo.organization.Organization;
import co.rumbo.organization.OrganizationKind;
import co.rumbo.organization.Organizations;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The foundation's walk: log in, import a real SisPT file, find a goal, edit it, see it audited, lose a stale edit. */
class PlanImportBrowserTest extends BrowserTestBase {

    static final String PASSWORD = "clave-de-prueba-1";

    @Autowired
    Organizations organizations;

    @Autowired
    Users users;

    @Test
    void planningOfficeImportsFindsEditsAndSeesTheAuditTrail() {
        String planner = planningUserOfTenjo();
        logIn(planner, PASSWORD);

        page.navigate(url("/plan/importar"));
        page.getByLabel("Archivo SisPT").setInputFiles(Paths.get("src/test/resources/sispt/25799.xlsx"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Validar e importar"))
                .click();
        assertThat(page.getByText("331 metas de producto")).isVisible();
        screenshot(page, "01-informe-importacion");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ver el plan"))
                .click();
        page.getByLabel("Texto").fill("SAN implementado");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrar"))
                .click();
        Page.GetByRoleOptions goalLink = new Page.GetByRoleOptions().setName("Porcentaje de Política Pública SAN");
        assertThat(page.getByRole(AriaRole.LINK, goalLink).first()).isVisible();
        screenshot(page, "02-plan-filtrado");
        page.getByRole(AriaRole.LINK, goalLink).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("IP-155")))
                .isVisible();
        String goalUrl = page.url();

        // Two forms opened on the same version: the first save wins, the second is told.
        Page other = context.newPage();
        other.navigate(goalUrl + "/editar");
        page.navigate(goalUrl + "/editar");
        page.getByLabel("Unidad de medida").fill("Porcentaje");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar"))
                .click();
        assertThat(page.getByText("Se guardó la meta")).isVisible();
        screenshot(page, "03-meta-guardada");

        other.getByLabel("Unidad de medida").fill("Número de documentos");
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar"))
                .click();
        assertThat(other.getByText("Otra persona cambió esta meta")).isVisible();
        assertThat(other.getByLabel("Unidad de medida")).hasValue("Porcentaje");
        screenshot(other, "04-edicion-desactualizada");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Historial de cambios"))
                .click();
        assertThat(page.locator("td", new Page.LocatorOptions().setHasText(planner))
                        .first())
                .isVisible();
        page.locator("details summary").nth(1).click();
        assertThat(page.getByText("\"unit\": \"Porcentaje\"").first()).isVisible();
        screenshot(page, "05-auditoria");
    }

    private String planningUserOfTenjo() {
        Organization tenjo = organizations.findByDaneCode("25799").orElseGet(() -> {
            try {
                return organizations.create("25799", "Tenjo", OrganizationKind.MUNICIPIO);
            } catch (RuntimeException raced) {
                return organizations.findByDaneCode("25799").orElseThrow();
            }
        });
        String username = "planeacion-" + UUID.randomUUID().toString().substring(0, 8);
        CurrentUser admin =
                new CurrentUser(UUID.randomUUID(), "test", "Test", tenjo.id(), Set.of(Role.ADMIN), Set.of());
        users.create(
                tenjo.id(),
                new UserCommand(
                        username, "Planeación de prueba", null, Set.of(Role.PLANEACION), Set.of(), true, PASSWORD),
                admin);
        return username;
    }
}
