package co.rumbo.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.golden.GoldenFiles;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/** For every year of {@code golden/calendar/holidays.csv}, the holidays are exactly the file's. */
@Tag("golden")
class HolidaysGoldenTest {

    private static final Holidays COLOMBIA = new ColombianHolidays();

    @TestFactory
    Stream<DynamicTest> holidaysOfEveryGoldenYearAreExactlyTheFilesOnes() {
        Map<Integer, SortedSet<LocalDate>> byYear = GoldenFiles.read("calendar/holidays.csv").stream()
                .map(row -> LocalDate.parse(row.get("date")))
                .collect(
                        Collectors.groupingBy(LocalDate::getYear, TreeMap::new, Collectors.toCollection(TreeSet::new)));
        assertThat(byYear).isNotEmpty();
        return byYear.entrySet().stream()
                .map(year -> DynamicTest.dynamicTest(
                        "holidays " + year.getKey(), () -> assertThat(COLOMBIA.inYear(year.getKey()))
                                .as("holidays of %d (golden: %s)", year.getKey(), GoldenFiles.source())
                                .containsExactlyElementsOf(year.getValue())));
    }
}
