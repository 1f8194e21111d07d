package co.rumbo.planning;

import static co.rumbo.planning.PlanningFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.Browser;
import co.rumbo.support.Form;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The ceilings checked while the office types a goal's money, without saving; the server still decides. */
@RumboIntegrationTest
class LiveCeilingCheckTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    PlanningFixture f;
    UUID plan;

    @BeforeEach
    void decidedPlanOfOfficeA() {
        // ceilings: 2201 with recursos propios 1.000.000, 1903 with SGP salud 500.000; saved: 600.000,25 and 500.000
        f = new PlanningFixture(port, data, goals);
        plan = f.decidedPlanA();
    }

    private String check() {
        return "/api/v1/action-plans/" + plan + "/ceiling-check";
    }

    private static BigDecimal money(Answer a, String path) {
        List<Object> values = a.json(path);
        return new BigDecimal(values.get(0).toString());
    }

    @Test
    void theCheckCountsTheTypedMoneyInsteadOfTheSavedOneAndSavesNothing() {
        Answer over = f.liaisonA.post(check(), """
                {"goalId":"%s","budget":[{"source":"RECURSOS_PROPIOS","amount":700000},
                                         {"source":"RECURSOS_PROPIOS","amount":500000}]}""".formatted(f.sumaGoal));

        assertThat(over.status()).as("%s", over).isEqualTo(200);
        String education = "$[?(@.programCode == '2201' && @.source == 'RECURSOS_PROPIOS')]";
        assertThat(money(over, education + ".programmed")).isEqualByComparingTo("1200000");
        assertThat(money(over, education + ".ceiling")).isEqualByComparingTo("1000000");
        assertThat(over.<List<Boolean>>json(education + ".exceeded")).containsExactly(true);
        String health = "$[?(@.programCode == '1903')]";
        assertThat(money(over, health + ".programmed")).isEqualByComparingTo("500000");

        Answer saved = f.liaisonA.get("/api/v1/action-plans/" + plan);
        assertThat(money(saved, "$.ceilings" + education.substring(1) + ".programmed"))
                .isEqualByComparingTo("600000.25");
        assertThat(saved.<Boolean>json("$.overCeiling")).isFalse();
    }

    @Test
    void anotherGoalsMoneyOrASourceWithoutCeilingShowsAsOverrun() {
        Answer a = f.leaderA.post(check(), """
                {"goalId":"%s","budget":[{"source":"SGP_SALUD","amount":400000},
                                         {"source":"CREDITO","amount":1}]}""".formatted(f.constantGoal));

        assertThat(a.status()).as("%s", a).isEqualTo(200);
        assertThat(money(a, "$[?(@.programCode == '1903' && @.source == 'SGP_SALUD')].available"))
                .isEqualByComparingTo("100000");
        assertThat(a.<List<Boolean>>json("$[?(@.programCode == '1903' && @.source == 'CREDITO')].exceeded"))
                .containsExactly(true);
        assertThat(money(a, "$[?(@.programCode == '2201')].programmed")).isEqualByComparingTo("600000.25");
    }

    @Test
    void onlyWhoMayEditThePlanChecksIt() {
        String body = "{\"goalId\":\"%s\",\"budget\":[]}".formatted(f.sumaGoal);

        assertThat(f.control.post(check(), body).status()).isEqualTo(403);
        assertThat(f.leaderB.post(check(), body).status()).isEqualTo(404);
        assertThat(f.liaisonA
                        .post(check(), "{\"goalId\":\"%s\",\"budget\":[]}".formatted(f.growingGoal))
                        .status())
                .isEqualTo(409);
        assertThat(f.liaisonA
                        .post(
                                check(),
                                "{\"goalId\":\"%s\",\"budget\":[{\"source\":\"SGP_SALUD\",\"amount\":-1}]}"
                                        .formatted(f.sumaGoal))
                        .status())
                .isEqualTo(400);
        require(f.leaderA.post("/api/v1/action-plans/" + plan + "/submit", "{}"), 200);
        assertThat(f.liaisonA.post(check(), body).status()).isEqualTo(409);
    }

    @Test
    void thePageFragmentNamesProgramSourceCeilingAndAmountAndReplacesTheTable() {
        Browser liaison = Browser.loggedIn(port, f.liaisonA.username, TestData.PASSWORD);
        String page = "/planes-de-accion/" + plan;
        assertThat(liaison.get(page).body())
                .contains("hx-post=\"" + page + "/metas/" + f.sumaGoal + "/techos\"")
                .contains("id=\"chequeo-" + f.sumaGoal + "\"");

        Page over = liaison.post(
                page + "/metas/" + f.sumaGoal + "/techos",
                Form.of(
                        "decision", "programada",
                        "bpin_0", "2024520010001",
                        "source_0", "RECURSOS_PROPIOS",
                        "amount_0", "1.200.000",
                        "source_1", "RECURSOS_PROPIOS",
                        "amount_1", "mil"));

        assertThat(over.status()).isEqualTo(200);
        assertThat(over.body())
                .contains("Supera el techo")
                .contains("Programa 2201 Calidad y fomento de la educación, fuente")
                .contains("techo $ 1.000.000, programado $ 1.200.000 (excede en $ 200.000)")
                .contains("«mil» no es un número")
                .contains("hx-swap-oob=\"true\"")
                .contains("id=\"techos\"")
                .contains("Simulación sin guardar")
                .doesNotContain("<html");

        Page within = liaison.post(
                page + "/metas/" + f.sumaGoal + "/techos",
                Form.of("decision", "programada", "source_0", "RECURSOS_PROPIOS", "amount_0", "900.000"));
        assertThat(within.body()).contains("Dentro de los techos").contains("disponible $ 100.000");

        Page none = liaison.post(
                page + "/metas/" + f.sumaGoal + "/techos",
                Form.of("decision", "no-programada", "source_0", "RECURSOS_PROPIOS", "amount_0", "9.000.000"));
        assertThat(none.body()).contains("Dentro de los techos").contains("disponible $ 1.000.000");
        // nothing was saved by any of these
        assertThat(liaison.get(page).body()).contains("$ 600.000,25").doesNotContain("Supera el techo");
    }
}
