package co.rumbo.progress;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.golden.CsvRow;
import co.rumbo.golden.GoldenFiles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/** Every series of {@code golden/progress/cases.csv} evaluates exactly as the file says. */
@Tag("golden")
class ProgressGoldenTest {

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseEvaluatesAsExpected() {
        List<CsvRow> rows = GoldenFiles.read("progress/cases.csv");
        // An empty or misplaced file must fail, not pass with zero tests.
        assertThat(rows).isNotEmpty();
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("case"), () -> check(row)));
    }

    private static void check(CsvRow row) {
        Series series = new Series(
                row.decimals("programmed"),
                row.decimals("executed"),
                ProgrammingType.valueOf(row.get("type")),
                row.decimal("baseline"),
                "true".equalsIgnoreCase(row.get("eliminated")));
        Evaluation evaluation = series.evaluateAt(Integer.parseInt(row.get("cut")));

        SoftAssertions softly = new SoftAssertions();
        expectFigure(softly, row, "expected_target_to_cut", evaluation.targetToCut());
        expectFigure(softly, row, "expected_value_to_cut", evaluation.valueToCut());
        expectFigure(softly, row, "expected_progress_to_cut", evaluation.progressToCut());
        expectFigure(softly, row, "expected_target_total", evaluation.targetTotal());
        expectFigure(softly, row, "expected_progress_total", evaluation.progressTotal());
        softly.assertThat(evaluation.state())
                .as("%s state", caseName(row))
                .isEqualTo(GoalState.valueOf(row.get("expected_state")));
        softly.assertThat(evaluation.trafficLight())
                .as("%s traffic light", caseName(row))
                .isEqualTo(TrafficLight.valueOf(row.get("expected_semaforo")));
        softly.assertAll();
    }

    // Expected numbers are rounded half-up to 4 decimals; a blank one means undefined.
    private static void expectFigure(SoftAssertions softly, CsvRow row, String column, BigDecimal actual) {
        BigDecimal expected = row.decimal(column);
        String description = caseName(row) + " " + column;
        if (expected == null) {
            softly.assertThat(actual).as(description).isNull();
        } else {
            softly.assertThat(actual).as(description).isNotNull();
            if (actual != null) {
                softly.assertThat(actual.setScale(4, RoundingMode.HALF_UP))
                        .as(description)
                        .isEqualByComparingTo(expected);
            }
        }
    }

    private static String caseName(CsvRow row) {
        return "%s (%s, %s)".formatted(row.get("case"), row.get("description"), row);
    }
}
