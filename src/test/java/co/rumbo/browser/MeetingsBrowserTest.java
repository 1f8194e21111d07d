package co.rumbo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import co.rumbo.identity.Role;
import co.rumbo.identity.UserView;
import co.rumbo.organization.Office;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.Acting;
import co.rumbo.support.SamplePlan;
import co.rumbo.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A bilateral meeting as the people hold it: planning schedules it (the office's goals appear when the
 * office is chosen), attaches the minutes and records a commitment; the office's leader records it done.
 */
@Import(TestData.class)
class MeetingsBrowserTest extends BrowserTestBase {

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    private void as(UserView who) {
        context.clearCookies();
        logIn(who.username(), TestData.PASSWORD);
    }

    private void click(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .first()
                .click();
    }

    @Test
    void planningHoldsAMeetingAndTheOfficeFulfilsItsCommitment() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        UUID org = data.organization().id();
        Office office = data.office(org);
        TestData.SavedPlan plan = data.plan(org);
        Acting.as("prueba", org, () -> goals.assignOffice(org, plan.id(), SamplePlan.SUMA_GOAL, office.id()));
        UserView planner = data.user(org, Role.PLANEACION);
        UserView leader = data.user(org, Set.of(Role.LIDER), Set.of(office.id()));
        page.onDialog(dialog -> dialog.accept());

        as(planner);
        page.navigate(url("/reuniones"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Programar reunión"))
                .click();
        page.locator("#officeId").selectOption(new SelectOption().setLabel(office.name()));
        Locator goalsList = page.getByLabel("Metas con alertas", new Page.GetByLabelOptions().setExact(false));
        assertThat(goalsList.locator("option")).hasCount(1);
        goalsList.selectOption(new SelectOption().setIndex(0));
        page.getByLabel("Fecha y hora").fill(today.minusDays(1) + "T10:00");
        page.getByLabel("Lugar", new Page.GetByLabelOptions().setExact(false)).fill("Despacho del alcalde");
        page.getByLabel("Informe de seguimiento que la motiva").fill("2026-Q3");
        page.getByLabel("Alertas que motivan la reunión").fill("Meta de cobertura rezagada dos trimestres");
        page.getByLabel("Asistentes previstos", new Page.GetByLabelOptions().setExact(false))
                .fill("Alcalde municipal — Despacho\nJefa de planeación — Planeación");
        click("Programar");
        assertThat(page.getByText("Se programó la reunión con " + office.name()))
                .isVisible();
        assertThat(page.locator("#estado-reunion")).hasText("Programada");

        Path acta = Files.createTempFile("acta", ".pdf");
        Files.writeString(acta, "%PDF-1.4\n%%EOF\n", StandardCharsets.ISO_8859_1);
        page.locator("#archivo-acta").setInputFiles(acta);
        click("Adjuntar acta");
        assertThat(page.locator("#estado-reunion")).hasText("Realizada");

        page.getByLabel("Qué se compromete").fill("Presentar el plan de choque de la meta");
        page.getByLabel("o nombre del responsable").fill("Secretario de la dependencia");
        page.getByLabel("Fecha límite").fill(today.plusDays(10).toString());
        click("Registrar");
        assertThat(page.getByText("Se registró el compromiso")).isVisible();
        screenshot(page, "reunion-bilateral");

        as(leader);
        page.navigate(url("/reuniones"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(today.minusDays(1)
                                                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                                        + " 10:00"))
                .click();
        page.locator("summary", new Page.LocatorOptions().setHasText("Registrar cumplido"))
                .click();
        page.getByLabel("Qué se entregó o hizo").fill("Se radicó el plan de choque con el oficio 123");
        click("Guardar");
        assertThat(page.getByText("Se registró el compromiso como cumplido")).isVisible();
        assertThat(page.locator("#compromisos .estado-compromiso")).hasText("Cumplido");
        screenshot(page, "reunion-compromiso-cumplido");
    }
}
