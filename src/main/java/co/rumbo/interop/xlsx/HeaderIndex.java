package co.rumbo.interop.xlsx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Row;

/**
 * The columns of a header row, found by their normalized text ({@link HeaderText#normalize}).
 * A header may repeat (real workbooks do); every occurrence is kept in sheet order.
 */
public final class HeaderIndex {

    private final int rowNumber;
    private final Map<String, List<Integer>> columnsByName;
    private final Map<Integer, String> originalByColumn;

    private HeaderIndex(int rowNumber, Map<String, List<Integer>> columnsByName, Map<Integer, String> originals) {
        this.rowNumber = rowNumber;
        this.columnsByName = columnsByName;
        this.originalByColumn = originals;
    }

    /** Indexes the non-blank cells of {@code row}. */
    public static HeaderIndex of(Row row) {
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        Map<Integer, String> originals = new TreeMap<>();
        for (int column = 0; column < row.getCellCount(); column++) {
            String text = CellText.of(row, column);
            if (CellText.isBlank(text)) {
                continue;
            }
            byName.computeIfAbsent(HeaderText.normalize(text), k -> new ArrayList<>())
                    .add(column);
            originals.put(column, HeaderText.collapseSpaces(text));
        }
        return new HeaderIndex(row.getRowNum(), byName, originals);
    }

    /** The 1-based number of the header row in its sheet. */
    public int rowNumber() {
        return rowNumber;
    }

    /** True when some cell of the row has this header (compared normalized). */
    public boolean contains(String header) {
        return columnsByName.containsKey(HeaderText.normalize(header));
    }

    /** The first column (0-based) with this header. */
    public OptionalInt first(String header) {
        List<Integer> columns = all(header);
        return columns.isEmpty() ? OptionalInt.empty() : OptionalInt.of(columns.get(0));
    }

    /** Every column with this header, in sheet order. */
    public List<Integer> all(String header) {
        return Collections.unmodifiableList(columnsByName.getOrDefault(HeaderText.normalize(header), List.of()));
    }

    /**
     * The columns whose normalized header matches {@code pattern} entirely, keyed by the integer of
     * the pattern's first group (a year, for example "programado (\\d{4}) \\(sispt\\)"); when a key
     * repeats, the first column wins.
     */
    public Map<Integer, Integer> columnsByNumber(Pattern pattern) {
        Map<Integer, Integer> result = new TreeMap<>();
        matching(pattern).forEach((number, columns) -> result.put(number, columns.get(0)));
        return result;
    }

    /**
     * As {@link #columnsByNumber(Pattern)}, but with every column of each key, in sheet order, for
     * the callers that must decide what a repeated header means.
     */
    public Map<Integer, List<Integer>> matching(Pattern pattern) {
        Map<Integer, List<Integer>> result = new TreeMap<>();
        columnsByName.forEach((name, columns) -> {
            Matcher matcher = pattern.matcher(name);
            if (matcher.matches()) {
                result.computeIfAbsent(Integer.parseInt(matcher.group(1)), k -> new ArrayList<>())
                        .addAll(columns);
            }
        });
        result.values().forEach(Collections::sort);
        return result;
    }

    /** The header as written in the file (spaces collapsed), for messages; null if none. */
    public String original(int column) {
        return originalByColumn.get(column);
    }
}
