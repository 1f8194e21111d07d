package co.rumbo.interop.sispt;

import co.rumbo.interop.sispt.SisptLayout.SheetLayout;
import co.rumbo.interop.sispt.SisptLayout.TitleCell;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A sheet's cells as text, with its header row found: the step between fastexcel-reader's cells and
 * the typed rows. Numbers keep the text Excel stored ("71591416.002"), never a double.
 */
final class RawSheet {

    /** How many rows from the top the header row is looked for (it is on row 2). */
    private static final int HEADER_SEARCH_ROWS = 5;

    final SheetLayout layout;
    final int headerRow;
    final List<RawRow> rows;
    final boolean truncated;

    /** A non-blank data row: its 1-based number and its cells' text by 0-based column (null = blank). */
    record RawRow(int number, List<String> cells) {

        String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : null;
        }
    }

    private RawSheet(SheetLayout layout, int headerRow, List<RawRow> rows, boolean truncated) {
        this.layout = layout;
        this.headerRow = headerRow;
        this.rows = rows;
        this.truncated = truncated;
    }

    /**
     * Reads a sheet; {@code null} when no header row (one with "Código DANE") is found in its first
     * rows. At most {@code maxRows} data rows are kept; {@link #truncated} tells when there were more.
     */
    static RawSheet read(Sheet sheet, SisptSheet kind, int maxRows) throws IOException {
        List<List<String>> top = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            int headerRow = -1;
            List<String> titleRow = List.of();
            List<String> headers = null;
            List<RawRow> rows = new ArrayList<>();
            while (it.hasNext()) {
                Row row = it.next();
                List<String> cells = texts(row);
                if (headers == null) {
                    if (row.getRowNum() > HEADER_SEARCH_ROWS) {
                        return null;
                    }
                    if (isHeaderRow(cells)) {
                        headerRow = row.getRowNum();
                        headers = cells;
                        titleRow = top.isEmpty() ? List.of() : top.get(top.size() - 1);
                    } else {
                        top.add(cells);
                    }
                    continue;
                }
                if (cells.stream().allMatch(c -> c == null)) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    return new RawSheet(layout(kind, sheet.getName(), titleRow, headers), headerRow, rows, true);
                }
                rows.add(new RawRow(row.getRowNum(), cells));
            }
            return headers == null
                    ? null
                    : new RawSheet(layout(kind, sheet.getName(), titleRow, headers), headerRow, rows, false);
        }
    }

    private static boolean isHeaderRow(List<String> cells) {
        return cells.stream().anyMatch(c -> Headers.same(c, Headers.DANE_CODE));
    }

    private static SheetLayout layout(SisptSheet kind, String name, List<String> titleRow, List<String> headerCells) {
        List<TitleCell> titles = new ArrayList<>();
        for (int i = 0; i < titleRow.size(); i++) {
            if (titleRow.get(i) != null) {
                titles.add(new TitleCell(i, titleRow.get(i)));
            }
        }
        int last = headerCells.size() - 1;
        while (last >= 0 && headerCells.get(last) == null) {
            last--;
        }
        List<String> headers = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            headers.add(headerCells.get(i) == null ? "" : headerCells.get(i));
        }
        return new SheetLayout(kind, name, titles, headers);
    }

    /** The cleaned text of every cell of a row; blank cells are null. */
    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(CellText.clean(text(row.getCell(i))));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        // a number's raw text is exactly what Excel stored; BigDecimal.toString could reformat it
        if (cell.getType() == CellType.NUMBER || cell.getType() == CellType.ERROR) {
            return cell.getRawValue();
        }
        Object value = cell.getValue();
        return value == null ? cell.getRawValue() : value.toString();
    }
}
