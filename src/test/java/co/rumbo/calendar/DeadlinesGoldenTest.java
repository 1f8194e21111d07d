package co.rumbo.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.golden.CsvRow;
import co.rumbo.golden.GoldenFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/** Every deadline of {@code golden/calendar/deadlines.csv}, with Colombia's calendar alone. */
@Tag("golden")
class DeadlinesGoldenTest {

    private static final BusinessCalendar COLOMBIA = BusinessCalendar.colombia();

    @TestFactory
    Stream<DynamicTest> everyGoldenDeadlineFallsOnTheExpectedDay() {
        List<CsvRow> rows = GoldenFiles.read("calendar/deadlines.csv");
        assertThat(rows).isNotEmpty();
        return rows.stream()
                .map(row -> DynamicTest.dynamicTest(
                        row.get("period_end") + " +" + row.get("days_after"), () -> check(row)));
    }

    private static void check(CsvRow row) {
        LocalDate deadline =
                COLOMBIA.deadline(LocalDate.parse(row.get("period_end")), Integer.parseInt(row.get("days_after")));
        assertThat(deadline).as(row.toString()).isEqualTo(LocalDate.parse(row.get("expected_deadline")));
    }
}
