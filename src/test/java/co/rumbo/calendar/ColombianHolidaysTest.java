package co.rumbo.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ColombianHolidaysTest {

    private static final Holidays COLOMBIA = new ColombianHolidays();

    @Test
    void easterSundayIsNotAHolidayInColombiaThoughJollydayListsIt() {
        assertThat(COLOMBIA.isHoliday(LocalDate.of(2025, 4, 20))).isFalse();
        assertThat(COLOMBIA.isHoliday(LocalDate.of(2025, 4, 18))).isTrue();
    }

    @Test
    void aHolidayMovedToMondayIsObservedOnThatMonday() {
        assertThat(COLOMBIA.isHoliday(LocalDate.of(2026, 1, 12))).isTrue();
        assertThat(COLOMBIA.isHoliday(LocalDate.of(2026, 1, 6))).isFalse();
    }

    @Test
    void twoHolidaysMovedToTheSameMondayAreOneDay() {
        // 2025: Sagrado Corazón (27 June) and San Pedro y San Pablo (29 June) both move to 30 June.
        assertThat(COLOMBIA.inYear(2025)).contains(LocalDate.of(2025, 6, 30)).hasSize(17);
    }

    @Test
    void yearsBeyondTheGoldenFileAreComputedToo() {
        assertThat(COLOMBIA.inYear(2027)).contains(LocalDate.of(2027, 8, 16)).hasSize(18);
    }
}
