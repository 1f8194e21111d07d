package co.rumbo.interop.dnp;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.interop.xlsx.Severity;
import co.rumbo.interop.xlsx.SheetIssue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs become Spanish issues, never exceptions. */
class DnpSeguimientoReaderBadInputTest {

    private final DnpSeguimientoReader reader = new DnpSeguimientoReader();

    @TempDir
    Path dir;

    @Test
    void readsAWellFormedFile() {
        Path file = new DnpFixture()
                .withPhysicalRow(DnpFixture.physicalRow("IP-1, IP-7"))
                .workbook()
                .writeTo(dir.resolve("Alertas-25799.xlsx"));

        DnpSeguimientoReading reading = reader.read(file);

        assertThat(reading.issues()).isEmpty();
        DnpSeguimiento content = reading.content().orElseThrow();
        assertThat(content.planName()).isEqualTo("PLAN DE PRUEBA");
        assertThat(content.physicalRows()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(8);
            assertThat(row.goal().sisptCodes()).containsExactly("IP-1", "IP-7");
            assertThat(row.cumulative()).isTrue();
            assertThat(row.year(2024).orElseThrow().executed()).isEqualByComparingTo(BigDecimal.ONE);
        });
    }

    @Test
    void reportsAFileThatIsNotAZipAsInvalid() throws Exception {
        Path file = Files.write(dir.resolve("Alertas-25899.xlsx"), "esto no es un xlsx".getBytes());

        DnpSeguimientoReading reading = reader.read(file);

        assertThat(reading.content()).isEmpty();
        assertThat(reading.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.sheet()).isNull();
            assertThat(issue.message()).startsWith("El archivo no es un xlsx válido (");
        });
    }

    @Test
    void reportsATruncatedFileAsInvalid() throws Exception {
        byte[] real = Files.readAllBytes(DnpSeguimientoReaderTest.tenjoFile());
        Path file = Files.write(dir.resolve("Alertas-25799.xlsx"), Arrays.copyOf(real, real.length / 2));

        DnpSeguimientoReading reading = reader.read(file);

        assertThat(reading.hasErrors()).isTrue();
        assertThat(reading.errors()).first().satisfies(issue -> assertThat(issue.message())
                .startsWith("El archivo no es un xlsx válido ("));
    }

    @Test
    void reportsAnOldExcelFileWithAHint() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        DnpSeguimientoReading reading = reader.read(new ByteArrayInputStream(ole2), "Alertas-25799.xls");

        assertThat(reading.errors()).singleElement().satisfies(issue -> assertThat(issue.message())
                .contains(".xls"));
    }

    @Test
    void reportsAMissingSheetAndStillReadsTheOthers() {
        Path file = new DnpFixture()
                .withoutSummary()
                .withPhysicalRow(DnpFixture.physicalRow("IP-1"))
                .workbook()
                .writeTo(dir.resolve("Alertas-25799.xlsx"));

        DnpSeguimientoReading reading = reader.read(file);

        assertThat(reading.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.sheet()).isEqualTo("Resumen");
            assertThat(issue.message()).isEqualTo("Falta la hoja «Resumen» en el archivo.");
        });
        assertThat(reading.content().orElseThrow().physicalRows()).hasSize(1);
        assertThat(reading.content().orElseThrow().cutDate()).isNull();
    }

    @Test
    void reportsAMissingColumnAndLeavesTheSheetOut() {
        Path file = new DnpFixture()
                .withPhysicalRow(DnpFixture.physicalRow("IP-1"))
                .withoutPhysicalColumn("Acumulativo")
                .workbook()
                .writeTo(dir.resolve("Alertas-25799.xlsx"));

        DnpSeguimientoReading reading = reader.read(file);

        assertThat(reading.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.sheet()).isEqualTo("Detalle seguimiento físico");
            assertThat(issue.row()).isEqualTo(7);
            assertThat(issue.column()).isEqualTo("Acumulativo");
            assertThat(issue.message()).contains("falta la columna «Acumulativo»");
        });
        assertThat(reading.content().orElseThrow().physicalRows()).isEmpty();
    }

    @Test
    void reportsAMissingYearColumnByName() {
        Path file = new DnpFixture()
                .withPhysicalRow(DnpFixture.physicalRow("IP-1"))
                .withoutPhysicalColumn("Avance físico 2024 (%)")
                .workbook()
                .writeTo(dir.resolve("Alertas-25799.xlsx"));

        assertThat(reader.read(file).errors()).extracting(SheetIssue::column).containsExactly("Avance físico 2024 (%)");
    }

    @Test
    void reportsATextWhereANumberBelongsNamingSheetRowAndColumn() {
        List<Object> bad = DnpFixture.physicalRow("IP-2");
        bad.set(13, "dos");
        Path file = new DnpFixture()
                .withPhysicalRow(DnpFixture.physicalRow("IP-1"))
                .withPhysicalRow(bad)
                .workbook()
                .writeTo(dir.resolve("Alertas-25799.xlsx"));

        DnpSeguimientoReading reading = reader.read(file);

        assertThat(reading.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.sheet()).isEqualTo("Detalle seguimiento físico");
            assertThat(issue.row()).isEqualTo(9);
            assertThat(issue.column()).isEqualTo("Programado 2024 (SisPT)");
            assertThat(issue.message())
                    .isEqualTo("Hoja «Detalle seguimiento físico», fila 9, columna «Programado 2024 (SisPT)» (N): "
                            + "se esperaba un número y se encontró «dos»; la fila no se importa.");
        });
        assertThat(reading.content().orElseThrow().physicalRows())
                .extracting(DnpPhysicalRow::rowNumber)
                .containsExactly(8);
    }

    @Test
    void readsNumbersStoredAsTextAndLoneSpacesAsBlank() {
        List<Object> row = DnpFixture.physicalRow("IP-1");
        row.set(13, " 2.5 ");
        row.set(15, " ");
        row.set(16, " ");
        Path file = new DnpFixture().withPhysicalRow(row).workbook().writeTo(dir.resolve("Alertas-25799.xlsx"));

        DnpPhysicalRow read =
                reader.read(file).content().orElseThrow().physicalRows().get(0);

        assertThat(read.programmed(2024)).isEqualTo(new BigDecimal("2.5"));
        assertThat(read.year(2024).orElseThrow().executed()).isNull();
        assertThat(read.year(2024).orElseThrow().progress()).isNull();
    }

    @Test
    void rejectsAnUnknownAccumulationFlag() {
        List<Object> row = DnpFixture.physicalRow("IP-1");
        row.set(10, "Tal vez");
        Path file = new DnpFixture().withPhysicalRow(row).workbook().writeTo(dir.resolve("Alertas-25799.xlsx"));

        assertThat(reader.read(file).errors()).singleElement().satisfies(issue -> assertThat(issue.message())
                .contains("«Sí» o «No»", "«Tal vez»"));
    }
}
