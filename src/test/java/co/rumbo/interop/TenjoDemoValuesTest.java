package co.rumbo.interop;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.organization.Organization;
import co.rumbo.structure.FundingSources;
import co.rumbo.structure.MgaCatalog;
import co.rumbo.structure.PlanStore;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tenjo's own workbook loaded into Tenjo's plan (from its SisPT export) as demo values. */
@RumboIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenjoDemoValuesTest {

    static final Path WORKBOOK = Path.of("src/test/resources/tenjo/plan_indicativo_tenjo.xlsx");

    @Autowired
    TenjoDemoValues tenjo;

    @Autowired
    PlanStore planStore;

    @Autowired
    FundingSources sources;

    @Autowired
    MgaCatalog catalog;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    Organization org;
    UUID plan;

    @BeforeAll
    void tenjosPlan() {
        org = data.organization();
        plan = new SisptImportPlans(planStore, sources, catalog).load(org.id(), DnpSeguimientoImportTest.TENJO_SISPT);
    }

    private TenjoLoad load() throws Exception {
        try (InputStream in = Files.newInputStream(WORKBOOK)) {
            return tenjo.load(org.id(), plan, in);
        }
    }

    @Test
    @Order(1)
    void loadsEveryGoalsQuartersAndBudgetsMatchedByIpNumberAndBpin() throws Exception {
        TenjoLoad load = load();

        assertThat(load.workbookGoals()).isEqualTo(331);
        assertThat(load.planGoals()).isEqualTo(331);
        assertThat(load.matched()).isEqualTo(331);
        assertThat(load.productCodeMismatches()).isEqualTo(65);
        assertThat(load.values()).isEqualTo(1985);
        assertThat(load.budgets()).isEqualTo(657);
        assertThat(load.valuesWritten()).isEqualTo(1985);
        assertThat(load.budgetsWritten()).isEqualTo(657);
        assertThat(load.warnings())
                .filteredOn(w -> w.contains("el código de producto MGA difiere"))
                .hasSize(65)
                .anySatisfy(w -> assertThat(w).startsWith("Meta 249 de Tenjo (fila 250) ↔ IP-"));
        assertThat(load.warnings()).noneMatch(w -> w.contains("BPIN no coincide"));
        System.out.println("Tenjo: " + load.consistencyWarnings().size() + " goal-years whose quarters do not make "
                + "the SisPT yearly target, e.g. " + load.consistencyWarnings().get(0));
        // Tenjo plans a level goal's quarters as shares of the year (0.7 + 0.3), not as the level kept
        // each quarter, and percentages as fractions: §6 warns, nothing is rescaled.
        assertThat(load.consistencyWarnings())
                .hasSize(439)
                .contains("IP-12, 2024: Cada periodo programado debe mantener la meta anual de 1, pero difieren: "
                        + "periodo 3 (0,7), periodo 4 (0,3).");

        assertThat(count("select count(*) from goal_value_by_plan where plan_id = ? and source = 'MUNICIPIO'"))
                .isEqualTo(1985);
        assertThat(count("""
                        select count(distinct period) from goal_value_by_plan
                        where plan_id = ? and period_kind = 'QUARTER' and year in (2024, 2025)""")).isEqualTo(8);
        assertThat(count("select count(*) from goal_budget_by_plan where plan_id = ? and source = 'MUNICIPIO'"))
                .isEqualTo(657);
    }

    @Test
    @Order(2)
    void pairsTenjosFirstGoalWithIp1AndKeepsItsFigures() {
        var row = jdbc.sql("""
                        select v.programmed, v.executed from goal_value_by_plan v join product_goal g on g.id = v.goal_id
                        where v.plan_id = ? and g.sispt_code = ? and v.period = '2024-Q3'""").params(plan, firstIpCode()).query().singleRow();
        // Tenjo's goal 1, third quarter of 2024: planned 0.7, executed 0.7
        assertThat(row.get("programmed").toString()).isEqualTo("0.700000");
        assertThat(row.get("executed").toString()).isEqualTo("0.700000");
    }

    @Test
    @Order(3)
    void loadingAgainWritesNothing() throws Exception {
        TenjoLoad again = load();

        assertThat(again.valuesWritten()).isZero();
        assertThat(again.valuesRemoved()).isZero();
        assertThat(again.budgetsWritten()).isZero();
    }

    private String firstIpCode() {
        return jdbc.sql("""
                        select sispt_code from product_goal where plan_id = ?
                        order by cast(substring(sispt_code from 4) as integer) limit 1""").param(plan).query(String.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(plan).query(Long.class).single();
    }
}
