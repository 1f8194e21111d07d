package co.rumbo.interop.dnp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real DNP file of Tenjo (a copy in the test resources). */
class DnpSeguimientoReaderTest {

    private static DnpSeguimientoReading reading;
    private static DnpSeguimiento seguimiento;

    @BeforeAll
    static void readTenjosFile() throws URISyntaxException {
        reading = new DnpSeguimientoReader().read(tenjoFile());
        seguimiento = reading.content().orElseThrow();
    }

    static Path tenjoFile() throws URISyntaxException {
        return Path.of(DnpSeguimientoReaderTest.class
                .getResource("/dnp/Alertas-25799.xlsx")
                .toURI());
    }

    @Test
    void readsTheRealFileWithoutIssues() {
        assertThat(reading.issues()).isEmpty();
        assertThat(seguimiento.physicalRows()).hasSize(245);
        assertThat(seguimiento.financialRows()).hasSize(209);
    }

    @Test
    void takesTheDaneCodeFromTheFileNameAndTheRestFromTheSummary() {
        assertThat(seguimiento.dane()).isEqualTo("25799");
        assertThat(seguimiento.entityName()).isEqualTo("Tenjo, Cundinamarca");
        assertThat(seguimiento.planName()).isEqualTo("AHORA ES EL TIEMPO DE TENJO");
        assertThat(seguimiento.cutDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void startsWithTheRowBelowTheHeaderAndSkipsTheEmptyTrailingRow() {
        assertThat(seguimiento.physicalRows().get(0).rowNumber()).isEqualTo(8);
        assertThat(seguimiento.physicalRows().get(244).rowNumber()).isEqualTo(252);
        assertThat(seguimiento.financialRows().get(208).rowNumber()).isEqualTo(216);
    }

    @Test
    void keepsGoalsAggregatedByDnpAsOneRowWithAllTheirCodes() {
        DnpPhysicalRow first = seguimiento.physicalRows().get(0);
        assertThat(first.goal().sisptCodes()).containsExactly("IP-12", "IP-16");
        assertThat(seguimiento.financialRows().get(0).goal().sisptCodes()).containsExactly("IP-12", "IP-15", "IP-16");
    }

    @Test
    void readsThePhysicalRowExactly() {
        DnpPhysicalRow first = seguimiento.physicalRows().get(0);
        assertThat(first.goal().sectorCode()).isEqualTo("32");
        assertThat(first.goal().productCode()).isEqualTo("3204001");
        assertThat(first.goal().bpinCodes()).containsExactly("2024257990001");
        assertThat(first.indicatorCode()).isEqualTo("320400100");
        assertThat(first.cumulative()).isFalse();
        assertThat(first.unit()).isEqualTo("Número");
        assertThat(first.fourYearTarget()).isEqualByComparingTo("5");
        assertThat(first.programmed()).containsOnlyKeys(2024, 2025, 2026, 2027);
        assertThat(first.programmed(2024)).isEqualTo(new BigDecimal("1.1"));
        assertThat(first.programmed(2025)).isEqualTo(new BigDecimal("1.4"));
    }

    @Test
    void discoversTheExecutionYearsFromTheHeaders() {
        assertThat(seguimiento.physicalRows().get(0).years())
                .extracting(DnpPhysicalYear::year)
                .containsExactly(2024, 2025);
        assertThat(seguimiento.financialRows().get(0).years())
                .extracting(DnpFinancialYear::year)
                .containsExactly(2024, 2025);
    }

    @Test
    void tellsABlankCellFromAZero() {
        DnpPhysicalRow first = seguimiento.physicalRows().get(0);
        DnpPhysicalYear year2024 = first.year(2024).orElseThrow();
        DnpPhysicalYear year2025 = first.year(2025).orElseThrow();
        assertThat(year2024.executed()).isEqualByComparingTo("0");
        assertThat(year2024.explanation()).isEqualTo("No se ejecutó en la vigencia");
        assertThat(year2025.executed()).isNull();
        assertThat(year2025.progress()).isNull();
        assertThat(year2025.explanation()).isEqualTo("No se encontró ejecución en PIIP");
    }

    @Test
    void readsTheFinancialRowExactly() {
        DnpFinancialRow first = seguimiento.financialRows().get(0);
        assertThat(first.fourYearProgrammed()).isEqualTo(new BigDecimal("5199910125.5766"));
        assertThat(first.programmed(2024)).isEqualTo(new BigDecimal("2087656923.64"));
        DnpFinancialYear year2024 = first.year(2024).orElseThrow();
        assertThat(year2024.commitments()).isNull();
        assertThat(year2024.explanation()).isEqualTo("No se encontró ejecución en CUIPO");
        DnpFinancialYear year2025 = first.year(2025).orElseThrow();
        assertThat(year2025.commitments()).isEqualTo(new BigDecimal("1439440000"));
        assertThat(year2025.obligations()).isEqualTo(new BigDecimal("173713333"));
        assertThat(year2025.payments()).isEqualTo(new BigDecimal("151613333"));
        assertThat(year2025.obligationsRatio()).isEqualTo(new BigDecimal("0.170310558860185"));
    }

    @Test
    void readsAnUploadFromAStream() throws Exception {
        try (InputStream in = Files.newInputStream(tenjoFile())) {
            DnpSeguimientoReading fromStream = new DnpSeguimientoReader().read(in, "Alertas-25799.xlsx");
            assertThat(fromStream.issues()).isEmpty();
            assertThat(fromStream.content().orElseThrow()).isEqualTo(seguimiento);
        }
    }

    @Test
    void warnsWhenTheFileNameDoesNotGiveTheDaneCode() throws Exception {
        try (InputStream in = Files.newInputStream(tenjoFile())) {
            DnpSeguimientoReading fromStream = new DnpSeguimientoReader().read(in, "informe.xlsx");
            assertThat(fromStream.content().orElseThrow().dane()).isNull();
            assertThat(fromStream.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.isError()).isFalse();
                assertThat(issue.message()).contains("código DANE", "informe.xlsx");
            });
        }
    }

    @Test
    void exposesOnlyUnmodifiableLists() {
        List<DnpPhysicalRow> rows = seguimiento.physicalRows();
        assertThat(rows).isUnmodifiable();
        assertThat(rows.get(0).years()).isUnmodifiable();
    }
}
