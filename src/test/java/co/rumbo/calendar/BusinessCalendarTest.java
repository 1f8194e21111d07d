package co.rumbo.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final BusinessCalendar COLOMBIA = BusinessCalendar.colombia();

    @Test
    void deadlineOnABusinessDayStaysThere() {
        assertThat(COLOMBIA.deadline(LocalDate.of(2024, 1, 31), 15)).isEqualTo(LocalDate.of(2024, 2, 15));
    }

    @Test
    void deadlineOnASaturdayMovesToMonday() {
        assertThat(COLOMBIA.deadline(LocalDate.of(2025, 1, 31), 15)).isEqualTo(LocalDate.of(2025, 2, 17));
    }

    @Test
    void deadlineOnAWeekendBeforeAHolidayMondayMovesToTuesday() {
        assertThat(COLOMBIA.deadline(LocalDate.of(2025, 10, 31), 15)).isEqualTo(LocalDate.of(2025, 11, 18));
    }

    @Test
    void organizationExtraNonWorkingDayMovesADeadline() {
        BusinessCalendar municipality = BusinessCalendar.colombia(Set.of(LocalDate.of(2025, 2, 17)));

        assertThat(municipality.deadline(LocalDate.of(2025, 1, 31), 15)).isEqualTo(LocalDate.of(2025, 2, 18));
        assertThat(municipality.isBusinessDay(LocalDate.of(2025, 2, 17))).isFalse();
        assertThat(COLOMBIA.isBusinessDay(LocalDate.of(2025, 2, 17))).isTrue();
    }

    @Test
    void deadlineOfAPeriodCountsFromItsLastDay() {
        assertThat(COLOMBIA.deadline(Period.parse("2025-Q3"), 15)).isEqualTo(LocalDate.of(2025, 10, 15));
    }

    @Test
    void zeroDaysAfterIsThePeriodEndOrTheNextBusinessDay() {
        assertThat(COLOMBIA.deadline(LocalDate.of(2025, 5, 31), 0)).isEqualTo(LocalDate.of(2025, 6, 3));
    }

    @Test
    void rejectsNegativeDays() {
        assertThatThrownBy(() -> COLOMBIA.deadline(LocalDate.of(2025, 1, 31), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plusBusinessDaysSkipsWeekendsAndHolidays() {
        // Friday 14 Nov 2025 + 1 business day: Monday 17 is the Cartagena holiday.
        assertThat(COLOMBIA.plusBusinessDays(LocalDate.of(2025, 11, 14), 1)).isEqualTo(LocalDate.of(2025, 11, 18));
        assertThat(COLOMBIA.plusBusinessDays(LocalDate.of(2025, 11, 14), 0)).isEqualTo(LocalDate.of(2025, 11, 14));
    }

    @Test
    void acceptsAnotherHolidaySource() {
        Holidays none = year -> new TreeSet<>();
        BusinessCalendar calendar = new BusinessCalendar(none, Set.of());

        assertThat(calendar.isBusinessDay(LocalDate.of(2025, 11, 17))).isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2025, 11, 15))).isFalse();
    }
}
