package co.rumbo.interop.tenjo;

import static co.rumbo.interop.xlsx.XlsxFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.interop.xlsx.SheetIssue;
import co.rumbo.interop.xlsx.XlsxFixture;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs become Spanish issues, never exceptions. */
class TenjoWorkbookReaderBadInputTest {

    private static final List<Object> HEADERS = row(
            "EJE",
            "PONDERADOR EJE",
            "PRODUCTO MGA",
            "COD META PRODUCTO",
            "META DE PRODUCTO",
            "TENDENCIA  INDICADOR",
            "RESPONSABLE",
            "T1. PLANEADO 2025",
            "T1. EJECUTADO 2025",
            "APROPIACION 2024");

    private final TenjoWorkbookReader reader = new TenjoWorkbookReader();

    @TempDir
    Path dir;

    private Path workbook(List<Object> headers, List<Object>... rows) {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(headers);
        sheet.addAll(List.of(rows));
        return new XlsxFixture().sheet("PDM", sheet).writeTo(dir.resolve("pdm.xlsx"));
    }

    @Test
    void readsAMinimalSheetAndWarnsAboutTheOptionalColumnsItLacks() {
        Path file = workbook(HEADERS, row("Eje 1", 0.5, "3204001", 1, "Meta", "I", " Sec.  Uno ", 2, 1, 100));

        TenjoWorkbookReading reading = reader.read(file);

        assertThat(reading.hasErrors()).isFalse();
        assertThat(reading.issues()).isNotEmpty().allSatisfy(issue -> assertThat(issue.message())
                .contains("ese dato queda vacío"));
        TenjoGoalRow goal = reading.content().orElseThrow().goals().get(0);
        assertThat(goal.office()).isEqualTo(new TenjoOffice("Sec. Uno", " Sec.  Uno "));
        assertThat(goal.quarter(2025, 1).orElseThrow().planned()).isEqualByComparingTo("2");
        assertThat(goal.budget(2024).orElseThrow().appropriation()).isEqualTo(new BigDecimal("100"));
        assertThat(goal.goal().productCode()).isEqualTo("3204001");
    }

    @Test
    void reportsAMissingRequiredColumnAndImportsNothing() {
        List<Object> headers = new ArrayList<>(HEADERS);
        headers.remove("PRODUCTO MGA");
        Path file = workbook(headers, row("Eje 1", 0.5, 1, "Meta", "I", "Sec. Uno", 2, 1, 100));

        TenjoWorkbookReading reading = reader.read(file);

        assertThat(reading.content()).isEmpty();
        assertThat(reading.issues())
                .filteredOn(SheetIssue::isError)
                .singleElement()
                .satisfies(issue -> assertThat(issue.message())
                        .isEqualTo("Hoja «PDM»: falta la columna «PRODUCTO MGA» en la fila de encabezados 1; "
                                + "no se importa ninguna meta."));
    }

    @Test
    void reportsATextWhereANumberBelongsAndLeavesTheRowOut() {
        Path file = workbook(
                HEADERS,
                row("Eje 1", 0.5, "3204001", 1, "Meta", "I", "Sec. Uno", "dos", 1, 100),
                row("Eje 1", 0.5, "3204002", 2, "Meta", "M", "Sec. Uno", 2, 1, 100));

        TenjoWorkbookReading reading = reader.read(file);

        assertThat(reading.issues())
                .filteredOn(SheetIssue::isError)
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.row()).isEqualTo(2);
                    assertThat(issue.column()).isEqualTo("T1. PLANEADO 2025");
                    assertThat(issue.message()).contains("fila 2", "«dos»");
                });
        assertThat(reading.content().orElseThrow().goals())
                .extracting(row -> row.goal().goalNumber())
                .containsExactly("2");
    }

    @Test
    void reportsAGoalRowWithoutItsNumber() {
        Path file = workbook(HEADERS, row("Eje 1", 0.5, "3204001", null, "Meta", "I", "Sec. Uno", 2, 1, 100));

        assertThat(reader.read(file).issues())
                .filteredOn(SheetIssue::isError)
                .singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("no tiene «COD META PRODUCTO»"));
    }

    @Test
    void reportsAMissingSheet() {
        Path file = new XlsxFixture().sheet("Hoja1", List.of(row("x"))).writeTo(dir.resolve("otro.xlsx"));

        assertThat(reader.read(file).issues()).singleElement().satisfies(issue -> assertThat(issue.message())
                .isEqualTo("Falta la hoja «PDM» con las metas de producto."));
    }

    @Test
    void reportsADamagedFile() throws Exception {
        Path file = Files.write(dir.resolve("pdm.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});

        assertThat(reader.read(file).issues()).singleElement().satisfies(issue -> assertThat(issue.message())
                .startsWith("El archivo no es un xlsx válido ("));
    }
}
