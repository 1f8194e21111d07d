package co.rumbo.interop.sispt;

import co.rumbo.interop.sispt.RawSheet.RawRow;
import co.rumbo.interop.sispt.SisptIssue.Severity;
import co.rumbo.interop.sispt.SisptWorkbook.LineRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw sheet's rows by header name, turning cells into typed values and recording an issue,
 * with sheet, row, column letter and header, for every cell that cannot be read.
 */
final class SheetColumns {

    // "LE-3-Progreso y Desarrollo Económico", possibly several separated by commas
    private static final Pattern LINE_START = Pattern.compile("(?i)(^|,)\\s*(LE-\\d+)\\s*(-|(?=,|$))");

    private final RawSheet sheet;
    private final List<SisptIssue> issues;
    private final Map<String, Integer> columns = new HashMap<>();
    // every cell is looked up by header: normalize each asked header once
    private final Map<String, Integer> asked = new HashMap<>();

    SheetColumns(RawSheet sheet, List<SisptIssue> issues) {
        this.sheet = sheet;
        this.issues = issues;
        List<String> headers = sheet.layout.headers();
        for (int i = 0; i < headers.size(); i++) {
            columns.putIfAbsent(Headers.normalize(headers.get(i)), i);
        }
    }

    String sheetName() {
        return sheet.layout.name();
    }

    List<String> headers() {
        return sheet.layout.headers();
    }

    int column(String header) {
        return asked.computeIfAbsent(header, h -> columns.getOrDefault(Headers.normalize(h), -1));
    }

    boolean has(String header) {
        return column(header) >= 0;
    }

    String text(RawRow row, String header) {
        return row.cell(column(header));
    }

    /** A code cell, with the leading zeros a number cell lost put back to {@code width}. */
    String code(RawRow row, String header, int width) {
        return CellText.code(text(row, header), width);
    }

    /** A number cell; a non-blank cell that is not a number is an ERROR and reads as {@code null}. */
    BigDecimal number(RawRow row, String header) {
        String text = text(row, header);
        BigDecimal number = CellText.number(text);
        if (text != null && number == null) {
            error(
                    row,
                    header,
                    "El valor «" + shorten(text) + "» no es un número. Escriba solo dígitos y, si tiene"
                            + " decimales, un punto (sin separador de miles).");
        }
        return number;
    }

    Boolean yesNo(RawRow row, String header) {
        String text = text(row, header);
        Boolean flag = CellText.yesNo(text);
        if (text != null && flag == null) {
            warning(row, header, "Se esperaba «Sí» o «No» y dice «" + shorten(text) + "»; se deja en blanco.");
        }
        return flag;
    }

    /** The line references of a cell ("LE-1-…,LE-3-…"); unreadable text is an ERROR. */
    List<LineRef> lines(RawRow row, String header) {
        String text = text(row, header);
        if (text == null) {
            return List.of();
        }
        List<LineRef> lines = parseLines(text);
        if (lines.isEmpty()) {
            error(
                    row,
                    header,
                    "No se reconoce la línea estratégica «" + shorten(text)
                            + "»; se espera el código y el nombre, como «LE-3-Progreso y Desarrollo Económico».");
        }
        return lines;
    }

    static List<LineRef> parseLines(String text) {
        Matcher m = LINE_START.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            codes.add(m.group(2).toUpperCase(Locale.ROOT));
        }
        if (starts.isEmpty() || starts.get(0)[0] != 0) {
            return List.of();
        }
        List<LineRef> lines = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String name = text.substring(starts.get(i)[1], end).strip();
            lines.add(new LineRef(codes.get(i), name));
        }
        return lines;
    }

    List<String> bpins(RawRow row, String header) {
        return CellText.bpins(text(row, header));
    }

    /** The cells of the columns no rule claimed, by header as written. */
    Map<String, String> others(RawRow row, Set<Integer> claimed) {
        Map<String, String> others = new LinkedHashMap<>();
        List<String> headers = headers();
        for (int i = 0; i < headers.size(); i++) {
            if (!claimed.contains(i) && !headers.get(i).isEmpty() && row.cell(i) != null) {
                others.put(headers.get(i), row.cell(i));
            }
        }
        return others;
    }

    void error(RawRow row, String header, String message) {
        issue(row.number(), header, message, Severity.ERROR);
    }

    void warning(RawRow row, String header, String message) {
        issue(row.number(), header, message, Severity.WARNING);
    }

    void issue(int row, String header, String message, Severity severity) {
        int column = column(header);
        String written = column >= 0 ? headers().get(column) : header;
        issues.add(new SisptIssue(
                sheetName(), row, column >= 0 ? Headers.letter(column) : null, written, message, severity));
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
