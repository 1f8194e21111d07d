package co.rumbo.progress;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.golden.CsvRow;
import co.rumbo.golden.GoldenFiles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Every inner node of {@code golden/progress/rollup.csv} gets the expected score. A node is a goal
 * when no row names it as parent; its {@code progress} is the goal's raw P (blank: no score).
 */
@Tag("golden")
class RollUpGoldenTest {

    @TestFactory
    Stream<DynamicNode> everyGoldenGroupScoresAsExpected() {
        Map<String, List<CsvRow>> trees = GoldenFiles.read("progress/rollup.csv").stream()
                .collect(Collectors.groupingBy(row -> row.get("tree"), LinkedHashMap::new, Collectors.toList()));
        assertThat(trees).isNotEmpty();
        return trees.entrySet().stream().map(tree -> treeTests(tree.getKey(), tree.getValue()));
    }

    private static DynamicContainer treeTests(String tree, List<CsvRow> rows) {
        Set<String> groups = rows.stream()
                .filter(row -> !row.isBlank("parent"))
                .map(row -> row.get("parent"))
                .collect(Collectors.toSet());
        RollUpTree.Builder<String> builder = RollUpTree.builder();
        for (CsvRow row : rows) {
            String node = row.get("node");
            String parent = row.isBlank("parent") ? null : row.get("parent");
            if (groups.contains(node)) {
                builder.group(node, parent, row.decimal("weight"));
            } else {
                builder.goal(node, parent, row.decimal("weight"), row.decimal("progress"), null);
            }
        }
        Map<String, GroupSummary<String>> summaries = builder.build().rollUp(Thresholds.DEFAULT);
        Stream<DynamicTest> tests = rows.stream()
                .filter(row -> groups.contains(row.get("node")))
                .map(row -> DynamicTest.dynamicTest(
                        tree + "/" + row.get("node"), () -> check(row, summaries.get(row.get("node")))));
        return DynamicContainer.dynamicContainer(tree, tests);
    }

    private static void check(CsvRow row, GroupSummary<String> summary) {
        BigDecimal expected = row.decimal("expected");
        if (expected == null) {
            assertThat(summary.score()).as("%s score", row).isNull();
            assertThat(summary.trafficLight()).as("%s traffic light", row).isEqualTo(TrafficLight.GRIS);
        } else {
            assertThat(summary.score()).as("%s score", row).isNotNull();
            assertThat(summary.score().setScale(4, RoundingMode.HALF_UP))
                    .as("%s score", row)
                    .isEqualByComparingTo(expected);
        }
    }
}
