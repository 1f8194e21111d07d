package co.rumbo.interop.sispt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class SisptWriterTest {

    private final SisptReader reader = new SisptReader();
    private final SisptWriter writer = new SisptWriter();

    private SisptWorkbook read(byte[] xlsx) {
        SisptReadResult result = reader.read(new ByteArrayInputStream(xlsx));
        assertThat(result.issues()).isEmpty();
        return result.workbook();
    }

    private byte[] write(SisptWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(workbook, out);
        return out.toByteArray();
    }

    @Test
    void writesTenjoBackAsTheSameWorkbook() throws IOException {
        SisptWorkbook tenjo = read(TestFiles.tenjo());

        assertThat(read(write(tenjo))).isEqualTo(tenjo);
    }

    @Test
    void writesTheSameSheetsTitlesAndHeaders() throws IOException {
        byte[] written = write(read(TestFiles.tenjo()));

        XlsxGrid original = XlsxGrid.of(TestFiles.tenjo());
        XlsxGrid copy = XlsxGrid.of(written);
        for (String sheet : List.of("Líneas estratégicas", "Plan indicativo - Productos", "Iniciativas SGR")) {
            for (int row = 1; row <= 2; row++) {
                assertThat(copy.row(sheet, row)).as(sheet + " row " + row).isEqualTo(original.row(sheet, row));
            }
        }
    }

    @Test
    void writesNumbersAsNumbersAndCodesAsText() throws IOException {
        byte[] written = write(read(TestFiles.tenjo()));

        List<Cell> row3 = cells(written, 2, 3);
        assertThat(row3.get(column("BR"))).satisfies(cell -> {
            assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
            assertThat(cell.getRawValue()).isEqualTo("71591416.002");
        });
        assertThat(row3.get(column("P")).getType()).isEqualTo(CellType.NUMBER);
        assertThat(row3.get(column("R")).getType()).as("ODS code").isEqualTo(CellType.NUMBER);
        assertThat(row3.get(column("F")).getType()).as("sector code").isEqualTo(CellType.STRING);
        assertThat(row3.get(column("CG")).getType()).as("BPIN").isEqualTo(CellType.STRING);
        assertThat(row3.get(column("CG")).getText()).isEqualTo("2024257990018");
    }

    @Test
    void keepsTheColumnsItDoesNotKnow() throws IOException {
        SisptWorkbook departmental = read(XlsxGrid.of(TestFiles.tenjo())
                .insertColumn(
                        "Plan indicativo - Productos",
                        "Código de indicador de producto (SisPT)",
                        "Fecha de creación del plan",
                        new BigDecimal("45569.49467450231"))
                .toXlsx());

        byte[] written = write(departmental);

        assertThat(read(written)).isEqualTo(departmental);
        assertThat(cells(written, 2, 3).get(column("D")).getType()).isEqualTo(CellType.NUMBER);
    }

    @Test
    void writesAWorkbookBuiltInCodeWithItsSgrSheets() throws IOException {
        SisptWorkbook workbook = Goals.workbook(
                List.of(
                        Goals.product("IP-1").build(),
                        Goals.product("IP-2").row(4).build()),
                List.of(Goals.sgrGoal("IPSGR-1", 3)),
                List.of(Goals.initiative("ISGR-1", 3)));

        SisptWorkbook reread = read(write(workbook));

        assertThat(reread).isEqualTo(workbook);
        assertThat(reread.sgrProductGoals().get(0).sgrResources())
                .containsEntry("2025-2026", new BigDecimal("1500000000.25"));
        assertThat(reread.sgrInitiatives().get(0).lineCodes()).containsExactly("LE-1", "LE-2");
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        writer.write(read(TestFiles.tenjo()), out);

        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isPositive();
    }

    private static int column(String letters) {
        int n = 0;
        for (char ch : letters.toCharArray()) {
            n = n * 26 + ch - 'A' + 1;
        }
        return n - 1;
    }

    /** The cells of an Excel row (1-based) of the sheet at {@code sheetIndex}. */
    private static List<Cell> cells(byte[] xlsx, int sheetIndex, int excelRow) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> rows = workbook.getSheet(sheetIndex).orElseThrow().openStream()) {
            Row row = rows.filter(r -> r.getRowNum() == excelRow).findFirst().orElseThrow();
            return java.util.stream.IntStream.range(0, row.getCellCount())
                    .mapToObj(row::getCell)
                    .toList();
        }
    }
}
