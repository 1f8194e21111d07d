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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every real DNP seguimiento of {@code shared/data} (CI only) loaded into the plan of the same
 * entity's SisPT export and reconciled, year by year. The SisPT and seguimiento files come from two
 * DNP systems, so agreement is a real check. Figures are printed and asserted; each difference must
 * carry its reason.
 */
@Tag("shared-data")
@RumboIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DnpReconciliationSharedDataTest {

    static final List<String> ENTITIES = List.of("25", "25126", "25175", "25214", "25486", "25758", "25799");

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

    /** "25126 2024" → the reconciliation. */
    final Map<String, Reconciliation> results = new LinkedHashMap<>();

    @BeforeAll
    void loadAndReconcileEveryEntity() throws Exception {
        SisptImportPlans sispt = new SisptImportPlans(planStore, sources, catalog);
        for (String dane : ENTITIES) {
            Organization org = data.organization();
            UUID plan = sispt.load(org.id(), SharedData.file("dnp/sispt/" + dane + ".xlsx"));
            DnpImportResult load;
            try (InputStream in = Files.newInputStream(SharedData.file("dnp/seguimiento/Alertas-" + dane + ".xlsx"))) {
                // named for the test organization: the file's own DANE code is another entity's here
                load = imports.load(org.id(), plan, in, "Alertas-" + org.daneCode() + ".xlsx");
            }
            System.out.printf("%s: %s%n", dane, load.counts());
            for (int year : load.years()) {
                Reconciliation r = reconciliation.reconcile(org.id(), plan, year);
                results.put(dane + " " + year, r);
                System.out.printf(
                        "%s %d: %d agree, %d differ%n",
                        dane, year, r.summary().agree(), r.summary().differ());
                r.rows().stream()
                        .filter(row -> !row.agree())
                        .forEach(row -> System.out.printf("  %s: %s%n", row.sisptCodes(), row.reason()));
            }
        }
    }

    @Test
    void everyDifferenceHasAReason() {
        results.values().forEach(r -> r.rows().forEach(row -> assertThat(row.agree() == (row.reason() == null))
                .as("%s", row)
                .isTrue()));
    }

    /**
     * 4,080 of 4,116 unit-years agree. Tenjo, Sopó, Nemocón and the department agree entirely. The 36
     * differences: Cajicá's IP-100 2024, where DNP's text contradicts its own figures; Chía (30), whose
     * SisPT export programs differently from what DNP used (and has BPINs DNP does not associate, and
     * lacks IP-380); Cota (5), whose export lacks IP-302 to IP-306, which DNP adds to IP-1 to IP-5.
     */
    @Test
    void agreesOnNearlyEveryUnitAndYear() {
        Map<String, String> summary = new LinkedHashMap<>();
        results.forEach((key, r) ->
                summary.put(key, r.summary().agree() + "/" + r.summary().differ()));
        System.out.println("Reconciliation (agree/differ): " + summary);
        assertThat(summary)
                .containsExactly(
                        Map.entry("25 2024", "359/0"),
                        Map.entry("25 2025", "359/0"),
                        Map.entry("25126 2024", "315/1"),
                        Map.entry("25126 2025", "316/0"),
                        Map.entry("25175 2024", "238/6"),
                        Map.entry("25175 2025", "220/24"),
                        Map.entry("25214 2024", "253/1"),
                        Map.entry("25214 2025", "250/4"),
                        Map.entry("25486 2024", "283/0"),
                        Map.entry("25486 2025", "283/0"),
                        Map.entry("25758 2024", "357/0"),
                        Map.entry("25758 2025", "357/0"),
                        Map.entry("25799 2024", "245/0"),
                        Map.entry("25799 2025", "245/0"));
    }

    @Test
    void progressAgreesWheneverProgrammedAndExecutedDo() {
        // 1,109 avance figures, DNP's binary division printed with 15 digits: all within its last digit
        results.values().forEach(r -> r.rows().forEach(row -> assertThat(row.reason())
                .as("%s", row)
                .satisfiesAnyOf(reason -> assertThat(reason).isNull(), reason -> assertThat(reason)
                        .doesNotContain("El avance de DNP"))));
    }

    @Test
    void namesCajicasInconsistentExplanation() {
        assertThat(results.get("25126 2024").rows())
                .filteredOn(row -> !row.agree())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.sisptCodes()).containsExactly("IP-100");
                    assertThat(row.reason()).endsWith("es una inconsistencia del informe de DNP.");
                });
    }
}
