package co.rumbo.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The words users read in pages, mails and reports: every form pinned, so that none changes unnoticed. */
class SpanishNamesTest {

    /** Written as a sentence, not as a list, so that it is not a copy of the one under test. */
    private static final List<String> MONTHS = List.of(
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(" "));

    @Test
    void monthsAreLowerCaseFromJanuary() {
        assertThat(SpanishNames.months()).isEqualTo(MONTHS);
        assertThat(IntStream.rangeClosed(1, 12).mapToObj(SpanishNames::month)).containsExactlyElementsOf(MONTHS);
        assertThat(SpanishNames.month(YearMonth.of(2025, 9))).isEqualTo("septiembre de 2025");
    }

    @Test
    void everyMonthReadsTheSameInEveryForm() {
        for (int m = 1; m <= 12; m++) {
            Period month = Period.ofMonth(2026, m);
            String name = MONTHS.get(m - 1) + " de 2026";
            assertThat(SpanishNames.periodInSentence(month)).isEqualTo(name);
            assertThat(SpanishNames.periodCompact(month)).isEqualTo(name);
            assertThat(SpanishNames.periodWithOrdinal(month)).isEqualTo(name);
            assertThat(SpanishNames.periodHeading(month))
                    .isEqualTo(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        assertThat(SpanishNames.periodHeading(Period.ofMonth(2026, 10))).isEqualTo("Octubre de 2026");
    }

    @Test
    void quarters() {
        List<Period> quarters = Period.ofYear(2026).subPeriods(PeriodKind.QUARTER);
        assertThat(quarters.stream().map(SpanishNames::periodInSentence))
                .containsExactly(
                        "el trimestre 1 de 2026",
                        "el trimestre 2 de 2026",
                        "el trimestre 3 de 2026",
                        "el trimestre 4 de 2026");
        assertThat(quarters.stream().map(SpanishNames::periodHeading))
                .containsExactly(
                        "Trimestre 1 de 2026", "Trimestre 2 de 2026", "Trimestre 3 de 2026", "Trimestre 4 de 2026");
        assertThat(quarters.stream().map(SpanishNames::periodCompact))
                .containsExactly(
                        "2026 · trimestre 1", "2026 · trimestre 2", "2026 · trimestre 3", "2026 · trimestre 4");
        assertThat(quarters.stream().map(SpanishNames::periodWithOrdinal))
                .containsExactly(
                        "primer trimestre de 2026",
                        "segundo trimestre de 2026",
                        "tercer trimestre de 2026",
                        "cuarto trimestre de 2026");
    }

    @Test
    void aYear() {
        Period year = Period.ofYear(2026);
        assertThat(SpanishNames.periodInSentence(year)).isEqualTo("la vigencia 2026");
        assertThat(SpanishNames.periodHeading(year)).isEqualTo("Vigencia 2026");
        assertThat(SpanishNames.periodCompact(year)).isEqualTo("2026");
        assertThat(SpanishNames.periodWithOrdinal(year)).isEqualTo("año 2026");
    }
}
