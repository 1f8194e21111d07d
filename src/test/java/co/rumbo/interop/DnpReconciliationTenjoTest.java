package co.rumbo.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.rumbo.identity.Role;
import co.rumbo.organization.Organization;
import co.rumbo.structure.FundingSources;
import co.rumbo.structure.MgaCatalog;
import co.rumbo.structure.PlanStore;
import co.rumbo.support.ApiClient;
import co.rumbo.support.Browser;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tenjo's DNP seguimiento (the project's copy of {@code Alertas-25799.xlsx}) reconciled with Tenjo's
 * plan as its own SisPT export defines it: the two files come from different DNP systems, so their
 * agreement is a real check, not a circle.
 */
@RumboIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DnpReconciliationTenjoTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanStore planStore;

    @Autowired
    FundingSources sources;

    @Autowired
    MgaCatalog catalog;

    @Autowired
    TestData data;

    @Autowired
    DnpSeguimientoImport imports;

    @Autowired
    DnpReconciliation reconciliation;

    Organization org;
    ApiClient planner;
    String controlName;
    ApiClient control;
    UUID plan;

    @BeforeAll
    void tenjoWithItsDnpFileLoaded() throws Exception {
        org = data.organization();
        planner = ApiClient.as(port, data.user(org.id(), Role.PLANEACION).username(), TestData.PASSWORD);
        controlName = data.user(org.id(), Role.CONTROL).username();
        control = ApiClient.as(port, controlName, TestData.PASSWORD);
        plan = new SisptImportPlans(planStore, sources, catalog).load(org.id(), DnpSeguimientoImportTest.TENJO_SISPT);
        try (InputStream in = Files.newInputStream(DnpSeguimientoImportTest.TENJO_DNP)) {
            imports.load(org.id(), plan, in, "Alertas-" + org.daneCode() + ".xlsx");
        }
    }

    @Test
    @Order(1)
    void everyUnitAgreesIn2024And2025() {
        for (int year : new int[] {2024, 2025}) {
            Reconciliation r = reconciliation.reconcile(org.id(), plan, year);
            assertThat(r.rows()).hasSize(245);
            assertThat(r.summary().agree()).as("agreeing units in %d", year).isEqualTo(245);
            assertThat(r.summary().differ()).isZero();
        }
    }

    @Test
    void answersTheJsonShapeOfTheIssue() {
        ApiClient.Answer answer = control.get("/api/v1/plans/" + plan + "/reconciliation/dnp?year=2024");

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.<Integer>json("$.year")).isEqualTo(2024);
        assertThat(answer.<Integer>json("$.summary.agree")).isEqualTo(245);
        assertThat(answer.<Integer>json("$.summary.differ")).isZero();
        assertThat(answer.<List<String>>json("$.rows[0].sisptCodes")).containsExactly("IP-12", "IP-16");
        assertThat(answer.<Double>json("$.rows[0].dnp.programmed")).isEqualTo(1.1);
        assertThat(answer.<Integer>json("$.rows[0].dnp.executed")).isZero();
        assertThat(answer.<Integer>json("$.rows[0].dnp.progress")).isZero();
        assertThat(answer.<String>json("$.rows[0].dnp.explanation")).isEqualTo("No se ejecutó en la vigencia");
        assertThat(answer.<Double>json("$.rows[0].rumbo.programmed")).isEqualTo(1.1);
        assertThat(answer.<Integer>json("$.rows[0].rumbo.executed")).isZero();
        assertThat(answer.<Integer>json("$.rows[0].rumbo.progress")).isZero();
        assertThat(answer.<String>json("$.rows[0].rumbo.explanation")).isEqualTo("No se ejecutó en la vigencia");
        assertThat(answer.<Boolean>json("$.rows[0].agree")).isTrue();
        assertThat(answer.<Object>json("$.rows[0].reason")).isNull();
        // progress is a ratio (executed ÷ programmed), not a percentage, on both sides
        List<Map<String, Object>> rows = answer.json("$.rows[?(@.rumbo.progress != null)].rumbo");
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(((Number) r.get("progress")).doubleValue())
                .isCloseTo(
                        ((Number) r.get("executed")).doubleValue() / ((Number) r.get("programmed")).doubleValue(),
                        within(1e-9)));
    }

    @Test
    void defaultsToTheLastYearAndRefusesAYearNotInTheFile() {
        assertThat(control.get("/api/v1/plans/" + plan + "/reconciliation/dnp").<Integer>json("$.year"))
                .isEqualTo(2025);
        ApiClient.Answer missing = control.get("/api/v1/plans/" + plan + "/reconciliation/dnp?year=2026");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.<String>json("$.detail"))
                .isEqualTo("El informe de DNP cargado no tiene la vigencia 2026 (tiene 2024, 2025).");
    }

    @Test
    void anotherOrganizationsPlanIsNotFound() {
        ApiClient stranger = ApiClient.as(
                port, data.user(data.organization().id(), Role.PLANEACION).username(), TestData.PASSWORD);

        assertThat(stranger.get("/api/v1/plans/" + plan + "/reconciliation/dnp").status())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void aValueSetByHandShowsAsADifferenceWithItsReason() throws Exception {
        // IP-13: 2025 programmed 1, not found in PIIP. The planning office records 1 by hand.
        UUID ip13 = jdbc.sql("select id from product_goal where plan_id = ? and sispt_code = 'IP-13'")
                .param(plan)
                .query(UUID.class)
                .single();
        assertThat(planner.put("/api/v1/goals/" + ip13 + "/periods/2025", "{\"executed\": 1}")
                        .status())
                .isEqualTo(200);

        Reconciliation.Row row = reconciliation.reconcile(org.id(), plan, 2025).rows().stream()
                .filter(r -> r.sisptCodes().equals(List.of("IP-13")))
                .findFirst()
                .orElseThrow();

        assertThat(row.agree()).isFalse();
        assertThat(row.rumbo().executed()).isEqualByComparingTo("1");
        assertThat(row.rumbo().progress()).isEqualByComparingTo("1");
        assertThat(row.rumbo().explanation()).isEqualTo("Se ejecutó el 100% de lo programado en la vigencia");
        assertThat(row.reason())
                .isEqualTo(
                        "Lo ejecutado difiere: DNP (PIIP) tiene «sin ejecución encontrada» y Rumbo 1 (valor anual de "
                                + "fuente «Registro manual»). Por eso la explicación también difiere: DNP escribe «No se encontró "
                                + "ejecución en PIIP» y Rumbo «Se ejecutó el 100% de lo programado en la vigencia».");

        // A new load of DNP's file leaves the person's value alone.
        try (InputStream in = Files.newInputStream(DnpSeguimientoImportTest.TENJO_DNP)) {
            imports.load(org.id(), plan, in, "Alertas-" + org.daneCode() + ".xlsx");
        }
        assertThat(jdbc.sql("select source from goal_value where goal_id = ? and period = '2025'")
                        .param(ip13)
                        .query(String.class)
                        .single())
                .isEqualTo("MANUAL");
    }

    @Test
    void thePageShowsTheSummaryToAnyoneOfTheOrganizationButOnlyPlanningLoads() {
        Browser browser = Browser.loggedIn(port, controlName, TestData.PASSWORD);

        Page page = browser.get("/plan/dnp/conciliacion?plan=" + plan + "&year=2024");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("245 coinciden", "0 difieren", "IP-12, IP-16");
        assertThat(browser.get("/plan/dnp?plan=" + plan).status()).isEqualTo(403);
    }
}
