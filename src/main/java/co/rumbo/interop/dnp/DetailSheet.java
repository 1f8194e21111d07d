package co.rumbo.interop.dnp;

import co.rumbo.interop.xlsx.HeaderIndex;
import co.rumbo.interop.xlsx.HeaderText;
import co.rumbo.interop.xlsx.RowValues;
import co.rumbo.interop.xlsx.SheetIssue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Row;

/**
 * What the two detail sheets share: a header row a few rows down (row 7 in every known file, found
 * by its first column rather than trusted), the goal columns, and column look-ups that report what
 * is missing.
 */
final class DetailSheet {

    static final String SISPT_CODES = "Consecutivos IP (SisPT)";
    static final String SECTOR_CODE = "Código Sector (MGA)";
    static final String SECTOR = "Sector (MGA)";
    static final String PROGRAM_CODE = "Código Programa (MGA)";
    static final String PROGRAM = "Programa (MGA)";
    static final String PRODUCT_CODE = "Código Producto (MGA)";
    static final String PRODUCT = "Producto (MGA)";
    static final String BPIN = "Códigos BPIN Asociados";

    static final Pattern PROGRAMMED = Pattern.compile("programado (\\d{4}) \\(sispt\\)");

    private static final int HEADER_SEARCH_ROWS = 30;
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");

    private final String name;
    private final List<Row> rows;
    private final HeaderIndex headers;
    private final List<SheetIssue> issues;
    private boolean complete = true;

    private DetailSheet(String name, List<Row> rows, HeaderIndex headers, List<SheetIssue> issues) {
        this.name = name;
        this.rows = rows;
        this.headers = headers;
        this.issues = issues;
    }

    /** Finds the header row; reports an error and returns empty when there is none. */
    static Optional<DetailSheet> locate(String name, List<Row> rows, List<SheetIssue> issues) {
        Optional<HeaderIndex> headers = rows.stream()
                .limit(HEADER_SEARCH_ROWS)
                .map(HeaderIndex::of)
                .filter(index -> index.contains(SISPT_CODES))
                .findFirst();
        if (headers.isEmpty()) {
            issues.add(SheetIssue.error(
                    name,
                    null,
                    SISPT_CODES,
                    "Hoja «" + name + "»: no se encontró la fila de encabezados (ninguna de las primeras "
                            + HEADER_SEARCH_ROWS + " filas tiene la columna «" + SISPT_CODES + "»)."));
            return Optional.empty();
        }
        return Optional.of(new DetailSheet(name, rows, headers.get(), issues));
    }

    String name() {
        return name;
    }

    HeaderIndex headers() {
        return headers;
    }

    /** The column with this header; reports it missing otherwise (then returns -1). */
    int require(String header) {
        OptionalInt column = headers.first(header);
        if (column.isEmpty()) {
            missing(header);
            return -1;
        }
        return column.getAsInt();
    }

    /** The year columns matching {@code pattern}; reports {@code example} missing when none. */
    Map<Integer, Integer> requireYears(Pattern pattern, String example) {
        Map<Integer, Integer> columns = headers.columnsByNumber(pattern);
        if (columns.isEmpty()) {
            missing(example);
        }
        return columns;
    }

    /** True when every required column was found. */
    boolean complete() {
        return complete;
    }

    /** The data rows, after the header row, skipping rows with nothing in them. */
    List<RowValues> dataRows() {
        List<RowValues> result = new ArrayList<>();
        for (Row row : rows) {
            if (row.getRowNum() <= headers.rowNumber()) {
                continue;
            }
            RowValues values = new RowValues(name, row, headers, this::rowError);
            if (!values.isEmpty()) {
                result.add(values);
            }
        }
        return result;
    }

    /** The columns that identify a goal, in both detail sheets. */
    GoalColumns goalColumns() {
        return new GoalColumns(
                require(SISPT_CODES),
                require(SECTOR_CODE),
                require(SECTOR),
                require(PROGRAM_CODE),
                require(PROGRAM),
                require(PRODUCT_CODE),
                require(PRODUCT),
                require(BPIN));
    }

    /** Reads the goal of a row; reports and returns null when it has no SisPT code. */
    DnpGoalRef goal(RowValues values, GoalColumns columns) {
        List<String> codes = splitList(values.text(columns.sisptCodes()));
        if (codes.isEmpty()) {
            values.fail(columns.sisptCodes(), "la fila no tiene consecutivo de SisPT");
            return null;
        }
        return new DnpGoalRef(
                codes,
                values.text(columns.sectorCode()),
                values.text(columns.sector()),
                values.text(columns.programCode()),
                values.text(columns.program()),
                values.text(columns.productCode()),
                values.text(columns.product()),
                splitList(values.text(columns.bpin())));
    }

    /** "IP-12, IP-16" → [IP-12, IP-16]; blank → []. */
    static List<String> splitList(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(LIST_SEPARATOR.split(text))
                .map(HeaderText::collapseSpaces)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    private void missing(String header) {
        complete = false;
        issues.add(SheetIssue.error(
                name,
                headers.rowNumber(),
                header,
                "Hoja «" + name + "»: falta la columna «" + header + "» en la fila de encabezados "
                        + headers.rowNumber() + "; la hoja no se importa."));
    }

    private void rowError(int row, String column, String message) {
        issues.add(SheetIssue.error(name, row, column, message));
    }

    /** Column indexes (0-based) of the goal columns. */
    record GoalColumns(
            int sisptCodes,
            int sectorCode,
            int sector,
            int programCode,
            int program,
            int productCode,
            int product,
            int bpin) {}
}
