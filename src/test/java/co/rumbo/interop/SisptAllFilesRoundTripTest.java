package co.rumbo.interop;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.structure.PlanContent;
import co.rumbo.structure.PlanStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every real SisPT file imports, its export imports back to the same plan, and the totals hold. CI only. */
@Tag("shared-data")
@SpringBootTest
class SisptAllFilesRoundTripTest {

    static final CurrentUser ADMIN =
            new CurrentUser(UUID.randomUUID(), "admin-roundtrip", "Admin", null, Set.of(Role.ADMIN), Set.of());

    @Autowired
    SisptImports imports;

    @Autowired
    PlanStore store;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"25", "25126", "25175", "25214", "25486", "25758", "25799", "25899"})
    void importsExportsAndImportsBackTheSamePlan(String dane) throws Exception {
        byte[] file = Files.readAllBytes(Path.of("../shared/data/dnp/sispt/" + dane + ".xlsx"));
        SisptImportReport first = imports.importFile(ADMIN, dane + ".xlsx", file);
        assertThat(first.errors()).as("errors of %s", dane).isEmpty();
        assertThat(first.outcome()).isEqualTo(SisptImportReport.Outcome.SAVED);
        UUID org = first.organization().id();
        UUID plan = first.plan().id();
        assertThat(jdbc.sql(
                                "select count(*) from product_goal where plan_id = ? and not eliminated and budget_kind = 'ORDINARIO'")
                        .param(plan)
                        .query(Integer.class)
                        .single())
                .isEqualTo(first.counts().productGoals());

        PlanContent before = store.content(org, plan);
        byte[] exported = imports.export(org, plan);
        SisptImportReport again = imports.importFile(ADMIN, dane + "-export.xlsx", exported);

        assertThat(again.errors()).isEmpty();
        assertThat(again.counts()).isEqualTo(first.counts());
        assertThat(again.totals()).isEqualTo(first.totals());
        assertThat(again.eliminatedGoals()).isEmpty();
        assertThat(store.content(org, plan)).isEqualTo(before);
    }
}
