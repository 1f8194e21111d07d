package co.rumbo.interop.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes small xlsx files for tests: sheets of rows, row 1 first; a null value leaves the cell empty. */
public final class XlsxFixture {

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    /** Adds a sheet with these rows (the first is row 1). */
    public XlsxFixture sheet(String name, List<List<Object>> rows) {
        sheets.put(name, new ArrayList<>(rows));
        return this;
    }

    /** A row of values, allowing nulls (List.of does not). */
    public static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    /** Writes the workbook to {@code file} and returns it. */
    public Path writeTo(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "rumbo-test", "1.0");
            sheets.forEach((name, rows) -> fill(workbook.newWorksheet(name), rows));
            workbook.finish();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Worksheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (value != null) {
                    sheet.value(r, c, value.toString());
                }
            }
        }
    }
}
