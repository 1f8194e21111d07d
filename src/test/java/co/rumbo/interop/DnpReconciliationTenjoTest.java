package co.rumbo.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.rumbo.TestTenants;
import co.rumbo.identity.Role;
import co.rumbo.identity.Users;
import co.rumbo.organization.Organization;
import co.rumbo.organization.Organizations;
import co.rumbo.structure.PlanStore;
import jakarta.servlet.http.Cookie;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tenjo's DNP seguimiento (the project's copy of {@code Alertas-25799.xlsx}) reconciled with Tenjo's
 * plan as its own SisPT export defines it: the two files come from different DNP systems, so their
 * agreement is a real check, not a circle.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DnpReconciliationTenjoTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanStore planStore;

    @Autowired
    Organizations organizations;

    @Autowired
    Users users;

    @Autowired
    DnpSeguimientoImport imports;

    @Autowired
    DnpReconciliation reconciliation;

    Organization org;
    String planner;
    String control;
    UUID plan;

    @BeforeAll
    void tenjoWithItsDnpFileLoaded() throws Exception {
        TestTenants tenants = new TestTenants(organizations, users);
        org = tenants.organization("Tenjo (conciliación)");
        planner = tenants.user(org, Role.PLANEACION);
        control = tenants.user(org, Role.CONTROL);
        SisptPlanLoader sispt = new SisptReaderPlans(planStore);
        plan = sispt.load(org.id(), DnpSeguimientoImportTest.TENJO_SISPT);
        try (InputStream in = Files.newInputStream(DnpSeguimientoImportTest.TENJO_DNP)) {
            imports.load(org.id(), plan, in, "Alertas-" + org.daneCode() + ".xlsx");
        }
    }

    @Test
    @Order(1)
    void everyUnitAgreesIn2024And2025() {
        for (int year : new int[] {2024, 2025}) {
            Reconciliation r = reconciliation.reconcile(org.id(), plan, year);
            r.rows().stream().filter(row -> !row.agree()).forEach(row -> System.out.println(year + " " + row));
            assertThat(r.rows()).hasSize(245);
            assertThat(r.summary().agree()).as("agreeing units in %d", year).isEqualTo(245);
            assertThat(r.summary().differ()).isZero();
        }
    }

    @Test
    void answersTheJsonShapeOfTheIssue() throws Exception {
        mvc.perform(get("/api/v1/plans/{id}/reconciliation/dnp", plan)
                        .param("year", "2024")
                        .with(httpBasic(control, TestTenants.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2024))
                .andExpect(jsonPath("$.summary.agree").isNumber())
                .andExpect(jsonPath("$.summary.differ").isNumber())
                .andExpect(jsonPath("$.rows[0].sisptCodes[0]").value("IP-12"))
                .andExpect(jsonPath("$.rows[0].sisptCodes[1]").value("IP-16"))
                .andExpect(jsonPath("$.rows[0].dnp.programmed").value(1.1))
                .andExpect(jsonPath("$.rows[0].dnp.executed").value(0))
                .andExpect(jsonPath("$.rows[0].dnp.progress").value(0))
                .andExpect(jsonPath("$.rows[0].dnp.explanation").value("No se ejecutó en la vigencia"))
                .andExpect(jsonPath("$.rows[0].rumbo.programmed").value(1.1))
                .andExpect(jsonPath("$.rows[0].rumbo.executed").value(0))
                .andExpect(jsonPath("$.rows[0].rumbo.progress").value(0))
                .andExpect(jsonPath("$.rows[0].rumbo.explanation").value("No se ejecutó en la vigencia"))
                .andExpect(jsonPath("$.rows[0].agree").value(true));
    }

    @Test
    void defaultsToTheLastYearAndRefusesAYearNotInTheFile() throws Exception {
        mvc.perform(get("/api/v1/plans/{id}/reconciliation/dnp", plan).with(httpBasic(control, TestTenants.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025));
        mvc.perform(get("/api/v1/plans/{id}/reconciliation/dnp", plan)
                        .param("year", "2026")
                        .with(httpBasic(control, TestTenants.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail")
                        .value("El informe de DNP cargado no tiene la vigencia 2026 (tiene 2024, 2025)."));
    }

    @Test
    @Order(2)
    void aValueSetByHandShowsAsADifferenceWithItsReason() throws Exception {
        // IP-13: 2025 programmed 1, not found in PIIP. The planning office records 1 by hand.
        UUID ip13 = jdbc.sql("select id from product_goal where plan_id = ? and sispt_code = 'IP-13'")
                .param(plan)
                .query(UUID.class)
                .single();
        mvc.perform(put("/api/v1/goals/{id}/periods/2025", ip13)
                        .with(httpBasic(planner, TestTenants.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"executed\": 1}"))
                .andExpect(status().isOk());

        Reconciliation.Row row = reconciliation.reconcile(org.id(), plan, 2025).rows().stream()
                .filter(r -> r.sisptCodes().equals(java.util.List.of("IP-13")))
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
    void thePageShowsTheSummaryToAnyoneOfTheOrganization() throws Exception {
        Cookie[] session = mvc.perform(formLogin("/login").user(control).password(TestTenants.PASSWORD))
                .andReturn()
                .getResponse()
                .getCookies();

        mvc.perform(get("/plan/dnp/conciliacion")
                        .param("plan", plan.toString())
                        .param("year", "2024")
                        .cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("245 coinciden")));
        mvc.perform(get("/plan/dnp").param("plan", plan.toString()).cookie(session))
                .andExpect(status().isForbidden());
    }
}
