package co.rumbo.interop.sispt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eight real SisPT exports of ../shared/data (CI only). Expected figures come from
 * src/test/resources/sispt/expected_figures.py, which reads the raw XML with Python's decimal, sharing
 * nothing with the Java code.
 */
@Tag("shared-data")
class SisptSharedDataTest {

    private static final Path SISPT = Path.of("../shared/data/dnp/sispt");
    private static final Path CORRUPT = Path.of("../shared/data/dnp/seguimiento/Alertas-25899.xlsx");

    private static Map<String, Map<String, String>> expected;
    private static Set<String> catalogue;

    private final SisptReader reader = new SisptReader();

    @BeforeAll
    static void loadExpectedFigures() {
        expected = new LinkedHashMap<>();
        String csv = new String(TestFiles.resource("/sispt/expected.csv"), StandardCharsets.UTF_8);
        csv.lines().skip(1).map(TestFiles::csvFields).forEach(f -> expected.computeIfAbsent(
                        f.get(0), k -> new LinkedHashMap<>())
                .put(f.get(1) + ":" + f.get(2), f.get(3)));
        catalogue = TestFiles.mgaIndicatorCodes();
    }

    static Stream<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(SISPT)) {
            List<Path> xlsx =
                    files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
            assertThat(xlsx).hasSize(8);
            return xlsx.stream();
        }
    }

    private static String dane(Path file) {
        return file.getFileName().toString().replace(".xlsx", "");
    }

    private SisptWorkbook read(Path file) {
        SisptReadResult result = reader.read(file);
        assertThat(result.issues()).as("reading issues").isEmpty();
        return result.workbook();
    }

    @ParameterizedTest
    @MethodSource("files")
    void countsTheRowsOfEverySheet(Path file) {
        SisptWorkbook workbook = read(file);
        Map<String, String> figures = expected.get(dane(file));

        assertThat(workbook.organization().daneCode()).isEqualTo(dane(file));
        assertThat(workbook.strategicLines()).hasSize(Integer.parseInt(figures.get("count:strategicLines")));
        assertThat(workbook.outcomeGoals()).hasSize(Integer.parseInt(figures.get("count:outcomeGoals")));
        assertThat(workbook.productGoals()).hasSize(Integer.parseInt(figures.get("count:productGoals")));
        assertThat(workbook.sgrProductGoals()).hasSize(Integer.parseInt(figures.get("count:sgrProductGoals")));
        assertThat(workbook.sgrInitiatives()).hasSize(Integer.parseInt(figures.get("count:sgrInitiatives")));
    }

    @ParameterizedTest
    @MethodSource("files")
    void addsUpTheBudgetExactlyAsComputedIndependently(Path file) {
        SisptTotals totals = SisptTotals.of(read(file));
        Map<String, String> figures = expected.get(dane(file));

        Map<String, String> bySource = new LinkedHashMap<>();
        totals.bySource().forEach((source, amount) -> bySource.put(source, amount.toPlainString()));
        Map<String, String> byYear = new LinkedHashMap<>();
        totals.byYear().forEach((year, amount) -> byYear.put(String.valueOf(year), amount.toPlainString()));

        // compared as text: value and scale
        assertThat(bySource).containsExactlyEntriesOf(prefixed(figures, "bySource:"));
        assertThat(byYear).containsExactlyEntriesOf(prefixed(figures, "byYear:"));
        assertThat(totals.total().toPlainString()).isEqualTo(figures.get("total:"));
    }

    @ParameterizedTest
    @MethodSource("files")
    void writesEveryFileBackAsTheSameWorkbook(Path file) throws IOException {
        SisptWorkbook original = read(file);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        new SisptWriter().write(original, written);

        SisptReadResult reread = reader.read(new java.io.ByteArrayInputStream(written.toByteArray()));

        assertThat(reread.issues()).isEmpty();
        assertThat(reread.workbook()).isEqualTo(original);
    }

    @ParameterizedTest
    @MethodSource("files")
    void findsNoErrorInTheRealExports(Path file) {
        SisptImport result = new SisptImporter(catalogue::contains).check(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("catálogo"));
    }

    @Test
    void reportsTheDuplicatedProductsOfZipaquira() {
        SisptImport result = new SisptImporter(catalogue::contains).check(SISPT.resolve("25899.xlsx"));

        assertThat(result.warnings())
                .filteredOn(w -> w.message().startsWith("La fila es una copia"))
                .hasSize(197);
    }

    @Test
    void refusesDnpsCorruptFile() {
        SisptReadResult result = reader.read(CORRUPT);

        assertThat(result.workbook()).isNull();
        assertThat(result.issues()).singleElement().satisfies(i -> assertThat(i.message())
                .contains("dañado"));
    }

    @Test
    void readsAndValidatesTheLargestFileQuickly() {
        SisptImporter importer = new SisptImporter(catalogue::contains);
        Path department = SISPT.resolve("25.xlsx");
        for (int i = 0; i < 3; i++) {
            importer.check(department);
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            assertThat(importer.check(department).canBeSaved()).isTrue();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        long median = millis.stream().sorted().toList().get(2);
        System.out.printf("SisPT read + validate of 25.xlsx: median %d ms of 5 warm runs %s%n", median, millis);

        assertThat(median).isLessThan(5_000);
    }

    private static Map<String, String> prefixed(Map<String, String> figures, String prefix) {
        Map<String, String> picked = new LinkedHashMap<>();
        figures.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                picked.put(key.substring(prefix.length()), value);
            }
        });
        return picked;
    }
}
