package co.rumbo.interop.tenjo;

import co.rumbo.interop.xlsx.CellText;
import co.rumbo.interop.xlsx.HeaderIndex;
import co.rumbo.interop.xlsx.SheetIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds the columns of Tenjo's sheet and reports, in Spanish, what is missing or repeated. */
final class ColumnFinder {

    private final String sheet;
    private final HeaderIndex headers;
    private final List<SheetIssue> issues;
    private boolean complete = true;

    ColumnFinder(String sheet, HeaderIndex headers, List<SheetIssue> issues) {
        this.sheet = sheet;
        this.headers = headers;
        this.issues = issues;
    }

    /** The first column with this header; an error when missing. */
    int required(String header) {
        List<Integer> columns = headers.all(header);
        if (columns.isEmpty()) {
            missing(header);
            return -1;
        }
        return columns.get(0);
    }

    /** The first column with this header, or -1 (with a warning) when missing. */
    int optional(String header) {
        List<Integer> columns = headers.all(header);
        if (columns.isEmpty()) {
            issues.add(SheetIssue.warning(
                    sheet,
                    headers.rowNumber(),
                    header,
                    "Hoja «" + sheet + "»: no está la columna «" + header + "»; ese dato queda vacío."));
            return -1;
        }
        return columns.get(0);
    }

    /** The last column with this header, or -1 (with a warning) when missing. */
    int last(String header) {
        List<Integer> columns = headers.all(header);
        if (columns.isEmpty()) {
            return optional(header);
        }
        return columns.get(columns.size() - 1);
    }

    /**
     * The column of each year whose header matches {@code pattern}. When a header repeats, the last
     * occurrence wins and a warning says so: in Tenjo's workbook "APROPIACION DEFINITIVA 2025" and
     * "COMPROMISOS 2025" appear twice, first as an earlier cut that feeds the "TOTAL ASIGNADO" and
     * "TOTAL COMPROMISOS" formulas, then in the block that also holds "PAGOS 2025", which is the
     * complete, later one (its commitments are equal or higher in 329 of 331 rows).
     */
    Map<Integer, Integer> lastByYear(Pattern pattern) {
        Map<Integer, Integer> result = new TreeMap<>();
        headers.matching(pattern).forEach((year, columns) -> {
            int chosen = columns.get(columns.size() - 1);
            result.put(year, chosen);
            if (columns.size() > 1) {
                String header = headers.original(chosen);
                issues.add(SheetIssue.warning(
                        sheet,
                        headers.rowNumber(),
                        header,
                        "Hoja «" + sheet + "»: la columna «" + header + "» aparece " + columns.size()
                                + " veces (" + letters(columns) + "); se usa la última ("
                                + CellText.columnLetters(chosen) + ")."));
            }
        });
        return result;
    }

    /**
     * The quarterly columns, "T1. PLANEADO 2024" … "T.4 EJECUTADO 2025", by year then quarter; a
     * quarter with only one of its two columns is an error.
     */
    List<TenjoWorkbookReader.QuarterColumns> quarters() {
        List<TenjoWorkbookReader.QuarterColumns> result = new ArrayList<>();
        Map<Integer, Map<Integer, Integer>> planned = new TreeMap<>();
        Map<Integer, Map<Integer, Integer>> executed = new TreeMap<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            int q = quarter;
            headers.columnsByNumber(quarterPattern(quarter, "planeado"))
                    .forEach((year, column) ->
                            planned.computeIfAbsent(year, y -> new TreeMap<>()).put(q, column));
            headers.columnsByNumber(quarterPattern(quarter, "ejecutado"))
                    .forEach((year, column) ->
                            executed.computeIfAbsent(year, y -> new TreeMap<>()).put(q, column));
        }
        if (planned.isEmpty()) {
            missing("T1. PLANEADO <año>");
        }
        planned.forEach((year, byQuarter) -> byQuarter.forEach((quarter, column) -> {
            Integer executedColumn = executed.getOrDefault(year, Map.of()).get(quarter);
            if (executedColumn == null) {
                missing("T" + quarter + ". EJECUTADO " + year);
            } else {
                result.add(new TenjoWorkbookReader.QuarterColumns(year, quarter, column, executedColumn));
            }
        }));
        return result;
    }

    private void missing(String header) {
        complete = false;
        issues.add(SheetIssue.error(
                sheet,
                headers.rowNumber(),
                header,
                "Hoja «" + sheet + "»: falta la columna «" + header + "» en la fila de encabezados "
                        + headers.rowNumber() + "; no se importa ninguna meta."));
    }

    /** True when every required column was found. */
    boolean complete() {
        return complete;
    }

    // Normalized headers read "t1. planeado 2024" and "t.4 ejecutado 2024".
    private static Pattern quarterPattern(int quarter, String kind) {
        return Pattern.compile("t\\.? ?" + quarter + "\\.? " + kind + " (\\d{4})");
    }

    private static String letters(List<Integer> columns) {
        return columns.stream().map(CellText::columnLetters).collect(Collectors.joining(", "));
    }
}
