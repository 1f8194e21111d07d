package co.rumbo.interop.dnp;

import static co.rumbo.interop.dnp.DnpExplanationRule.dnpExplanation;
import static co.rumbo.interop.dnp.DnpExplanationRule.dnpFinancialExplanation;
import static co.rumbo.interop.dnp.DnpExplanationRule.dnpProgress;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.interop.SharedData;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reads every DNP seguimiento file of {@code shared/data} and measures how DNP's own figures agree
 * with progress-rules.md §7 and with "avance = ejecutado / programado". The counts are asserted so
 * that a change in the files or in the rule shows up; the report is printed.
 */
@Tag("shared-data")
class DnpSeguimientoSharedDataTest {

    private static final String CORRUPT = "Alertas-25899.xlsx";
    private static final Map<String, DnpSeguimientoReading> READINGS = new LinkedHashMap<>();

    @BeforeAll
    static void readAllFiles() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.file("dnp/seguimiento"))) {
            DnpSeguimientoReader reader = new DnpSeguimientoReader();
            files.sorted().forEach(file -> READINGS.put(file.getFileName().toString(), reader.read(file)));
        }
    }

    private static List<DnpSeguimiento> readable() {
        return READINGS.values().stream()
                .flatMap(reading -> reading.content().stream())
                .toList();
    }

    @Test
    void readsTheSevenSoundFilesWithoutIssues() {
        assertThat(READINGS).hasSize(8);
        Map<String, String> summary = new LinkedHashMap<>();
        READINGS.forEach((name, reading) -> {
            if (!name.equals(CORRUPT)) {
                assertThat(reading.issues()).as(name).isEmpty();
                DnpSeguimiento s = reading.content().orElseThrow();
                summary.put(
                        s.dane(),
                        s.physicalRows().size() + "/" + s.financialRows().size() + " " + s.cutDate() + " "
                                + s.entityName());
            }
        });
        System.out.println("DNP files (dane → physical/financial rows, cut date, entity): " + summary);
        assertThat(summary)
                .containsEntry("25", "359/350 2026-03-09 Cundinamarca")
                .containsEntry("25126", "316/268 2025-12-31 Cajicá, Cundinamarca")
                .containsEntry("25175", "244/229 2025-12-31 Chía, Cundinamarca")
                .containsEntry("25214", "254/215 2025-12-31 Cota, Cundinamarca")
                .containsEntry("25486", "283/242 2025-12-31 Nemocón, Cundinamarca")
                .containsEntry("25758", "357/310 2025-12-31 Sopó, Cundinamarca")
                .containsEntry("25799", "245/209 2025-12-31 Tenjo, Cundinamarca");
    }

    @Test
    void reportsZipaquirasCorruptFileAsAnErrorNotACrash() {
        DnpSeguimientoReading reading = READINGS.get(CORRUPT);
        assertThat(reading.content()).isEmpty();
        assertThat(reading.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.isError()).isTrue();
            assertThat(issue.message()).startsWith("El archivo no es un xlsx válido (");
        });
        System.out.println(CORRUPT + ": " + reading.issues().get(0).message());
    }

    @Test
    void explanationsFollowSection7InAllButOneRowYear() {
        int total = 0;
        List<String> mismatches = new ArrayList<>();
        for (DnpSeguimiento s : readable()) {
            for (DnpPhysicalRow row : s.physicalRows()) {
                for (DnpPhysicalYear year : row.years()) {
                    total++;
                    String expected = dnpExplanation(
                            row.programmed(year.year()),
                            year.executed(),
                            row.goal().hasBpin());
                    if (!expected.equals(year.explanation())) {
                        mismatches.add(describe(s, row, year.year(), row.programmed(year.year()), year.executed())
                                + " DNP: «" + year.explanation() + "», regla: «" + expected + "»");
                    }
                }
            }
        }
        System.out.printf("§7 physical explanations: %d of %d goal-years match%n", total - mismatches.size(), total);
        mismatches.forEach(m -> System.out.println("  mismatch: " + m));
        assertThat(total).isEqualTo(4116);
        assertThat(mismatches)
                .containsExactly("25126 fila 99 [IP-100] 2024 programado=1 ejecutado=1 DNP: «Lo ejecutado está por "
                        + "debajo de lo programado en la vigencia», regla: «Se ejecutó el 100% de lo programado en "
                        + "la vigencia»");
    }

    @Test
    void progressIsDnpsDoubleRatioWrittenWithFifteenDigits() {
        int values = 0;
        int blanks = 0;
        int exact = 0;
        int fifteenDigitsOfExactRatio = 0;
        int asDnpComputesIt = 0;
        List<String> blankMismatches = new ArrayList<>();
        MathContext fifteen = new MathContext(15, RoundingMode.HALF_UP);
        for (DnpSeguimiento s : readable()) {
            for (DnpPhysicalRow row : s.physicalRows()) {
                for (DnpPhysicalYear year : row.years()) {
                    BigDecimal programmed = row.programmed(year.year());
                    BigDecimal expected = dnpProgress(programmed, year.executed());
                    if ((expected == null) != (year.progress() == null)) {
                        blankMismatches.add(describe(s, row, year.year(), programmed, year.executed()));
                        continue;
                    }
                    if (expected == null) {
                        blanks++;
                        continue;
                    }
                    values++;
                    BigDecimal exactRatio = year.executed().divide(programmed, MathContext.DECIMAL128);
                    exact += exactRatio.compareTo(year.progress()) == 0 ? 1 : 0;
                    fifteenDigitsOfExactRatio += exactRatio.round(fifteen).compareTo(year.progress()) == 0 ? 1 : 0;
                    asDnpComputesIt += expected.compareTo(year.progress()) == 0 ? 1 : 0;
                }
            }
        }
        System.out.printf(
                "Avance físico: %d values, %d blank where expected; equal to executed/programmed exactly: %d, "
                        + "to its 15 significant digits: %d, to the double ratio at 15 digits: %d%n",
                values, blanks, exact, fifteenDigitsOfExactRatio, asDnpComputesIt);
        assertThat(blankMismatches).isEmpty();
        assertThat(blanks).isEqualTo(3007);
        assertThat(values).isEqualTo(1109);
        assertThat(exact).isEqualTo(948);
        assertThat(fifteenDigitsOfExactRatio).isEqualTo(1108);
        assertThat(asDnpComputesIt).isEqualTo(1109);
    }

    @Test
    void financialExplanationsFollowTheSameRuleWordedForCuipo() {
        int total = 0;
        int matching = 0;
        int ratios = 0;
        int ratiosAsDnpComputesThem = 0;
        for (DnpSeguimiento s : readable()) {
            for (DnpFinancialRow row : s.financialRows()) {
                for (DnpFinancialYear year : row.years()) {
                    total++;
                    BigDecimal programmed = row.programmed(year.year());
                    String expected = dnpFinancialExplanation(
                            programmed, year.obligations(), row.goal().hasBpin());
                    matching += expected.equals(year.explanation()) ? 1 : 0;
                    if (year.obligationsRatio() != null) {
                        ratios++;
                        BigDecimal ratio = dnpProgress(programmed, year.obligations());
                        ratiosAsDnpComputesThem +=
                                ratio != null && ratio.compareTo(year.obligationsRatio()) == 0 ? 1 : 0;
                    }
                }
            }
        }
        System.out.printf(
                "Financial explanations: %d of %d match; obligations ratio: %d of %d equal the double ratio at 15 digits%n",
                matching, total, ratiosAsDnpComputesThem, ratios);
        assertThat(total).isEqualTo(3646);
        assertThat(matching).isEqualTo(3646);
        assertThat(ratios).isEqualTo(1965);
        assertThat(ratiosAsDnpComputesThem).isEqualTo(1963);
    }

    @Test
    void everyCutDateIsKnownAndTheDepartmentsIsLater() {
        assertThat(readable()).extracting(DnpSeguimiento::cutDate).doesNotContainNull();
        assertThat(readable())
                .filteredOn(s -> s.dane().equals("25"))
                .extracting(DnpSeguimiento::cutDate)
                .containsExactly(LocalDate.of(2026, 3, 9));
    }

    private static String describe(
            DnpSeguimiento s, DnpPhysicalRow row, int year, BigDecimal programmed, BigDecimal executed) {
        return s.dane() + " fila " + row.rowNumber() + " " + row.goal().sisptCodes() + " " + year + " programado="
                + plain(programmed) + " ejecutado=" + plain(executed);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "(vacío)" : value.toPlainString();
    }
}
