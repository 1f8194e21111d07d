package co.rumbo.interop.xlsx;

import java.math.BigDecimal;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;

/** Reads cells as text the way a person sees them, whatever the cell's stored type. */
public final class CellText {

    private CellText() {}

    /**
     * Returns the text of the cell at {@code column} (0-based) of {@code row}, or null when the cell
     * is absent or empty. Numbers come back in plain notation at Excel's precision ("1.1", not
     * "1.1000000000000001"); a formula gives its cached result; an error cell its code ("#DIV/0!").
     */
    public static String of(Row row, int column) {
        if (row == null || column < 0 || !row.hasCell(column)) {
            return null;
        }
        return of(row.getCell(column));
    }

    /** As {@link #of(Row, int)}, for a cell already at hand. */
    public static String of(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER ->
                ExcelDecimal.toExcelPrecision((BigDecimal) cell.getValue()).toPlainString();
            case STRING -> (String) cell.getValue();
            case BOOLEAN -> String.valueOf(cell.getValue());
            case FORMULA, ERROR -> formulaOrErrorText(cell);
        };
    }

    /** True when the text is null or only white space (a lone " " is DNP's way of writing "nothing"). */
    public static boolean isBlank(String text) {
        return text == null || HeaderText.collapseSpaces(text).isEmpty();
    }

    /** The text trimmed, or null when blank. */
    public static String trimmedOrNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    /**
     * Reads the cell as a number: {@link ParsedNumber#blank()} when it is empty or only spaces, the
     * exact value when it is a number or a text holding a plain decimal, otherwise
     * {@link ParsedNumber#invalid(String)} with the text found.
     */
    public static ParsedNumber number(Row row, int column) {
        if (row == null || column < 0 || !row.hasCell(column)) {
            return ParsedNumber.blank();
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return ParsedNumber.blank();
        }
        if (cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
            return ParsedNumber.of(ExcelDecimal.toExcelPrecision((BigDecimal) cell.getValue()));
        }
        String text = of(cell);
        if (isBlank(text)) {
            return ParsedNumber.blank();
        }
        return ExcelDecimal.parse(text).map(ParsedNumber::of).orElseGet(() -> ParsedNumber.invalid(text));
    }

    /** The spreadsheet letters of a 0-based column index: 0 → "A", 27 → "AB". */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static String formulaOrErrorText(Cell cell) {
        String raw = cell.getRawValue();
        if (raw == null) {
            return null;
        }
        // A cached numeric result is written with up to 17 digits, like a plain number.
        return ExcelDecimal.parse(raw).map(BigDecimal::toPlainString).orElse(raw);
    }
}
