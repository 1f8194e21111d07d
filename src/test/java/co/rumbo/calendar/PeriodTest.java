package co.rumbo.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void periodParsesYear() {
        assertThat(Period.parse("2025")).isEqualTo(new Period(PeriodKind.YEAR, 2025, 1));
    }

    @Test
    void periodParsesQuarter() {
        assertThat(Period.parse("2025-Q3")).isEqualTo(Period.ofQuarter(2025, 3));
        assertThat(Period.parse("2025-q3")).isEqualTo(Period.ofQuarter(2025, 3));
    }

    @Test
    void periodParsesMonth() {
        assertThat(Period.parse("2025-09")).isEqualTo(Period.ofMonth(YearMonth.of(2025, 9)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "2025-00", "2025-Q5", "2025-Q0", "25-09", "2025-9", "2025/09", ""})
    void rejectsMalformedPeriod(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Periodo no válido");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025", "2025-Q1", "2025-Q4", "2025-01", "2025-12"})
    void writesWhatItReads(String text) {
        assertThat(Period.parse(text)).hasToString(text);
    }

    @Test
    void quarterKnowsItsDatesAndMonths() {
        Period quarter = Period.parse("2025-Q3");

        assertThat(quarter.kind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(quarter.start()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(quarter.end()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(quarter.months())
                .containsExactly(YearMonth.of(2025, 7), YearMonth.of(2025, 8), YearMonth.of(2025, 9));
    }

    @Test
    void fiscalYearIsTheCalendarYear() {
        Period year = Period.ofYear(2024);

        assertThat(year.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(year.months()).hasSize(12);
    }

    @Test
    void februaryOfALeapYearEndsOnThe29th() {
        assertThat(Period.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void cutOfADateIsTheLastClosedQuarterOrMonth() {
        LocalDate october5 = LocalDate.of(2025, 10, 5);

        assertThat(Period.lastClosed(PeriodKind.QUARTER, october5)).isEqualTo(Period.parse("2025-Q3"));
        assertThat(Period.lastClosed(PeriodKind.MONTH, october5)).isEqualTo(Period.parse("2025-09"));
        assertThat(Period.lastClosed(PeriodKind.YEAR, october5)).isEqualTo(Period.parse("2024"));
    }

    @Test
    void aPeriodIsStillOpenOnItsLastDay() {
        LocalDate september30 = LocalDate.of(2025, 9, 30);

        assertThat(Period.parse("2025-09").isClosedOn(september30)).isFalse();
        assertThat(Period.lastClosed(PeriodKind.QUARTER, september30)).isEqualTo(Period.parse("2025-Q2"));
    }

    @Test
    void cutInJanuaryIsTheLastQuarterOfTheYearBefore() {
        assertThat(Period.lastClosed(PeriodKind.QUARTER, LocalDate.of(2025, 1, 15)))
                .isEqualTo(Period.parse("2024-Q4"));
    }

    @Test
    void nextAndPreviousCrossYears() {
        assertThat(Period.parse("2025-Q4").next()).isEqualTo(Period.parse("2026-Q1"));
        assertThat(Period.parse("2025-01").previous()).isEqualTo(Period.parse("2024-12"));
        assertThat(Period.parse("2025").next()).isEqualTo(Period.parse("2026"));
    }

    @Test
    void containingFindsThePeriodOfADate() {
        assertThat(Period.containing(PeriodKind.QUARTER, LocalDate.of(2025, 6, 30)))
                .isEqualTo(Period.parse("2025-Q2"));
        assertThat(Period.parse("2025-Q2").contains(LocalDate.of(2025, 7, 1))).isFalse();
    }

    @Test
    void yearSplitsIntoQuartersAndQuarterIntoMonths() {
        assertThat(Period.parse("2025").subPeriods(PeriodKind.QUARTER))
                .extracting(Period::toString)
                .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
        assertThat(Period.parse("2025-Q2").subPeriods(PeriodKind.MONTH))
                .extracting(Period::toString)
                .containsExactly("2025-04", "2025-05", "2025-06");
    }

    @Test
    void aQuarterDoesNotSplitIntoYears() {
        assertThatThrownBy(() -> Period.parse("2025-Q2").subPeriods(PeriodKind.YEAR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closedSubPeriodsIsTheCutOfASeriesOfTheYear() {
        Period year = Period.ofYear(2025);

        assertThat(year.closedSubPeriods(PeriodKind.QUARTER, LocalDate.of(2025, 3, 31)))
                .isZero();
        assertThat(year.closedSubPeriods(PeriodKind.QUARTER, LocalDate.of(2025, 10, 5)))
                .isEqualTo(3);
        assertThat(year.closedSubPeriods(PeriodKind.MONTH, LocalDate.of(2025, 10, 5)))
                .isEqualTo(9);
        assertThat(year.closedSubPeriods(PeriodKind.QUARTER, LocalDate.of(2026, 1, 1)))
                .isEqualTo(4);
    }

    @Test
    void rejectsAQuarterNumberOutOfRange() {
        assertThatThrownBy(() -> Period.ofQuarter(2025, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
