package co.rumbo.interop.sispt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An xlsx as plain grids of cells (text, or BigDecimal for number cells), read with fastexcel-reader
 * and written with fastexcel, independently of the code under test: the tests break a real file
 * here (a cell, a column, a sheet) and write it back.
 */
final class XlsxGrid {

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    static XlsxGrid of(byte[] xlsx) {
        XlsxGrid grid = new XlsxGrid();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<Object>> rows = new ArrayList<>();
                try (Stream<Row> stream = sheet.openStream()) {
                    stream.forEach(row -> {
                        while (rows.size() < row.getRowNum() - 1) {
                            rows.add(new ArrayList<>());
                        }
                        List<Object> cells = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            cells.add(value(row.getCell(c)));
                        }
                        rows.add(cells);
                    });
                }
                grid.sheets.put(sheet.getName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return grid;
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        return cell.getType() == CellType.NUMBER ? cell.asNumber() : cell.getText();
    }

    /** Sets a cell of an Excel row (1-based) in the column with this header (row 2). */
    XlsxGrid set(String sheet, int excelRow, String header, Object value) {
        List<Object> row = rows(sheet).get(excelRow - 1);
        int column = column(sheet, header);
        while (row.size() <= column) {
            row.add(null);
        }
        row.set(column, value);
        return this;
    }

    Object get(String sheet, int excelRow, String header) {
        List<Object> row = rows(sheet).get(excelRow - 1);
        int column = column(sheet, header);
        return column < row.size() ? row.get(column) : null;
    }

    /** An Excel row (1-based), trailing blanks dropped. */
    List<Object> row(String sheet, int excelRow) {
        List<Object> row = new ArrayList<>(rows(sheet).get(excelRow - 1));
        while (!row.isEmpty() && row.get(row.size() - 1) == null) {
            row.remove(row.size() - 1);
        }
        return row;
    }

    XlsxGrid removeColumn(String sheet, String header) {
        int column = column(sheet, header);
        for (List<Object> row : rows(sheet)) {
            if (column < row.size()) {
                row.remove(column);
            }
        }
        return this;
    }

    /** Inserts a column before the one with {@code before} as header, with a header and one value per data row. */
    XlsxGrid insertColumn(String sheet, String before, String header, Object value) {
        int column = column(sheet, before);
        List<List<Object>> rows = rows(sheet);
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            while (row.size() < column) {
                row.add(null);
            }
            row.add(column, r == 1 ? header : r >= 2 && !row.stream().allMatch(v -> v == null) ? value : null);
        }
        return this;
    }

    XlsxGrid removeSheet(String sheet) {
        sheets.remove(sheet);
        return this;
    }

    /** Appends a copy of an Excel row (1-based) at the end of the sheet; returns its row number. */
    int copyRow(String sheet, int excelRow) {
        List<List<Object>> rows = rows(sheet);
        rows.add(new ArrayList<>(rows.get(excelRow - 1)));
        return rows.size();
    }

    byte[] toXlsx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Test", "1.0");
            for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
                Worksheet ws = workbook.newWorksheet(sheet.getKey());
                List<List<Object>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object value = rows.get(r).get(c);
                        if (value instanceof Number number) {
                            ws.value(r, c, number);
                        } else if (value != null) {
                            ws.value(r, c, value.toString());
                        }
                    }
                }
                ws.finish();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private List<List<Object>> rows(String sheet) {
        List<List<Object>> rows = sheets.get(sheet);
        if (rows == null) {
            throw new IllegalArgumentException("no sheet " + sheet);
        }
        return rows;
    }

    private int column(String sheet, String header) {
        int column = rows(sheet).get(1).indexOf(header);
        if (column < 0) {
            throw new IllegalArgumentException("no column " + header + " in " + sheet);
        }
        return column;
    }
}
