package co.rumbo.interop.tenjo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The product goals of Tenjo's workbook.
 *
 * @param sheet the sheet they were read from
 * @param goals the goal rows, in file order
 */
public record TenjoWorkbook(String sheet, List<TenjoGoalRow> goals) {

    public TenjoWorkbook {
        if (sheet == null || sheet.isBlank()) {
            throw new IllegalArgumentException("sheet is required");
        }
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    /**
     * How many goals each office is responsible for, by normalized office name, the office with the
     * most goals first (ties by name); goals without an office are left out.
     */
    public Map<String, Long> goalCountByOffice() {
        Map<String, Long> counts = goals.stream()
                .filter(row -> row.office() != null)
                .collect(Collectors.groupingBy(row -> row.office().name(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** The goals by goal number ("COD META PRODUCTO"). */
    public Map<String, TenjoGoalRow> byGoalNumber() {
        return goals.stream()
                .collect(Collectors.toMap(
                        row -> row.goal().goalNumber(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
