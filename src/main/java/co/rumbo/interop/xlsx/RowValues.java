package co.rumbo.interop.xlsx;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the values of one data row, reporting each unreadable number to a {@link ProblemSink} and
 * remembering that the row failed, so that the reader can leave the whole row out.
 */
public final class RowValues {

    /** Receives the problems of a row, already worded in Spanish. */
    @FunctionalInterface
    public interface ProblemSink {
        /**
         * @param row the 1-based row
         * @param column the header of the column as written in the file
         * @param message the Spanish message, naming sheet, row and column
         */
        void error(int row, String column, String message);
    }

    private final String sheet;
    private final Row row;
    private final HeaderIndex headers;
    private final ProblemSink sink;
    private boolean failed;

    public RowValues(String sheet, Row row, HeaderIndex headers, ProblemSink sink) {
        this.sheet = sheet;
        this.row = row;
        this.headers = headers;
        this.sink = sink;
    }

    /** The 1-based number of the row. */
    public int rowNumber() {
        return row.getRowNum();
    }

    /** The trimmed text of the column, or null when blank. */
    public String text(int column) {
        return CellText.trimmedOrNull(CellText.of(row, column));
    }

    /** The text of the column exactly as written (spaces kept), or null when absent. */
    public String rawText(int column) {
        return CellText.of(row, column);
    }

    /** The number in the column, null when blank; a non-number is reported and fails the row. */
    public BigDecimal number(int column) {
        ParsedNumber parsed = CellText.number(row, column);
        if (parsed.isInvalid()) {
            fail(column, "se esperaba un número y se encontró «" + parsed.invalidText() + "»");
        }
        return parsed.value();
    }

    /**
     * The numbers of a set of yearly columns (year → column), in year order; a blank year is left
     * out, a non-number is reported and fails the row, as {@link #number(int)}.
     */
    public SortedMap<Integer, BigDecimal> numbersByYear(Map<Integer, Integer> columns) {
        SortedMap<Integer, BigDecimal> result = new TreeMap<>();
        columns.forEach((year, column) -> {
            BigDecimal value = number(column);
            if (value != null) {
                result.put(year, value);
            }
        });
        return result;
    }

    /** Reports a problem with the value of {@code column} and fails the row. */
    public void fail(int column, String problem) {
        failed = true;
        String header = headers.original(column);
        sink.error(
                rowNumber(),
                header,
                "Hoja «" + sheet + "», fila " + rowNumber() + ", columna «" + header + "» ("
                        + CellText.columnLetters(column) + "): " + problem + "; la fila no se importa.");
    }

    /** True when some value of the row could not be read. */
    public boolean failed() {
        return failed;
    }

    /** True when every cell of the row is blank (such rows are formatting left-overs). */
    public boolean isEmpty() {
        for (int column = 0; column < row.getCellCount(); column++) {
            if (!CellText.isBlank(CellText.of(row, column))) {
                return false;
            }
        }
        return true;
    }
}
