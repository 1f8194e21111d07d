package co.rumbo.interop.tenjo;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.interop.SharedData;
import co.rumbo.interop.xlsx.HeaderIndex;
import co.rumbo.interop.xlsx.HeaderText;
import co.rumbo.interop.xlsx.RowValues;
import co.rumbo.interop.xlsx.XlsxReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Checks the claim that Tenjo's workbook lists its goals "in the same order as the SisPT products"
 * by comparing, position by position, the MGA product code of Tenjo's row i with the i-th product
 * of Tenjo's SisPT export. Figures are asserted and printed.
 */
@Tag("shared-data")
class TenjoSisptOrderSharedDataTest {

    private static List<TenjoGoalRow> tenjo;
    private static List<SisptProduct> sispt;

    /** What the comparison needs of a SisPT product row. */
    record SisptProduct(int row, String code, String productCode, String indicator, String bpin) {
        int consecutive() {
            return Integer.parseInt(code.replaceAll("\\D", ""));
        }
    }

    @BeforeAll
    static void readBothFiles() throws Exception {
        tenjo = new TenjoWorkbookReader()
                .read(SharedData.file("municipal/tenjo/plan_indicativo_tenjo.xlsx"))
                .content()
                .orElseThrow()
                .goals();
        sispt = readSispt();
    }

    private static List<SisptProduct> readSispt() throws Exception {
        try (XlsxReader xlsx = XlsxReader.open(SharedData.file("dnp/sispt/25799.xlsx"))) {
            List<Row> rows = xlsx.rows("Plan indicativo - Productos");
            HeaderIndex headers = HeaderIndex.of(rows.get(1));
            int code = headers.first("Código de indicador de producto (SisPT)").orElseThrow();
            int product = headers.first("Código del producto (MGA)").orElseThrow();
            int indicator =
                    headers.first("Personalización de Indicador de Producto").orElseThrow();
            int bpin = headers.first("BPIN").orElseThrow();
            List<SisptProduct> products = new ArrayList<>();
            for (Row row : rows.subList(2, rows.size())) {
                RowValues values = new RowValues("sispt", row, headers, (r, c, m) -> {
                    throw new IllegalStateException(m);
                });
                if (!values.isEmpty()) {
                    products.add(new SisptProduct(
                            row.getRowNum(),
                            values.text(code),
                            values.text(product),
                            values.text(indicator),
                            values.text(bpin)));
                }
            }
            return products;
        }
    }

    @Test
    void productCodesDoNotMatchPositionallyInSisptFileOrder() {
        List<String> mismatches =
                mismatches(sispt, SisptProduct::productCode, row -> row.goal().productCode());
        report("SisPT file order", sispt, mismatches);
        assertThat(tenjo).hasSameSizeAs(sispt).hasSize(331);
        assertThat(mismatches).hasSize(331);
    }

    @Test
    void productCodesMatchIn266RowsWhenSisptIsOrderedByItsConsecutive() {
        List<SisptProduct> byConsecutive = bySisptConsecutive();
        List<String> mismatches = mismatches(
                byConsecutive, SisptProduct::productCode, row -> row.goal().productCode());
        report("SisPT ordered by IP consecutive", byConsecutive, mismatches);
        assertThat(mismatches).hasSize(65);
        // Tenjo's code column is one row off from goal 248 to 325: goal 248 has 4301006 (SisPT's last
        // product, IP-350), goals 249-324 each hold the code SisPT gives the goal before, and goal 325
        // reads 45990260 (SisPT: 4599026). The other mismatches are single codes (goals 10, 11, 20…).
        assertThat(mismatches).anySatisfy(m -> assertThat(m).startsWith("fila 250 (meta 249): Tenjo 4102051"));
    }

    @Test
    void bpinAndIndicatorTextAgreeInSisptConsecutiveOrder() {
        List<SisptProduct> byConsecutive = bySisptConsecutive();
        List<String> bpin =
                mismatches(byConsecutive, SisptProduct::bpin, row -> row.goal().bpin());
        List<String> indicator = mismatches(
                byConsecutive,
                p -> HeaderText.normalize(p.indicator()),
                row -> HeaderText.normalize(row.goal().indicator()));
        System.out.printf(
                "SisPT ordered by IP consecutive: BPIN equal in %d of 331 rows, indicator text in %d of 331%n",
                331 - bpin.size(), 331 - indicator.size());
        indicator.forEach(m -> System.out.println("  indicator text differs: " + m));
        assertThat(bpin).isEmpty();
        assertThat(indicator).hasSize(7);
    }

    private static List<SisptProduct> bySisptConsecutive() {
        return sispt.stream()
                .sorted(Comparator.comparingInt(SisptProduct::consecutive))
                .toList();
    }

    private static List<String> mismatches(
            List<SisptProduct> products,
            Function<SisptProduct, String> sisptValue,
            Function<TenjoGoalRow, String> tenjoValue) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < tenjo.size(); i++) {
            TenjoGoalRow row = tenjo.get(i);
            SisptProduct product = products.get(i);
            if (!Objects.equals(tenjoValue.apply(row), sisptValue.apply(product))) {
                result.add("fila " + row.rowNumber() + " (meta " + row.goal().goalNumber() + "): Tenjo "
                        + tenjoValue.apply(row) + " ≠ SisPT " + product.code() + " (fila " + product.row() + ") "
                        + sisptValue.apply(product));
            }
        }
        return result;
    }

    private static void report(String order, List<SisptProduct> products, List<String> mismatches) {
        System.out.printf(
                "Tenjo ↔ %s: MGA product code equal in %d of %d rows%n",
                order, products.size() - mismatches.size(), products.size());
        mismatches.forEach(m -> System.out.println("  " + m));
    }
}
