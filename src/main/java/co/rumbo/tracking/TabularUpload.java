package co.rumbo.tracking;

import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.files.XlsxGuard;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an uploaded table — an xlsx workbook's sheet or a CSV file — into rows of cells, keeping each
 * cell's row number and column letter so that every error can name them. Defensive: the xlsx passes
 * the platform's {@link XlsxGuard} first (zip bomb, XXE, damaged or old files, 5 MB at most), the CSV is decoded as UTF-8 or, when it
 * is not valid UTF-8, as Windows-1252 (what a Spanish Excel writes for «CSV (delimitado por comas)»), its
 * separator (semicolon, comma or tab) is taken from the header line, and no file gives more than
 * {@code maxRows} rows.
 */
final class TabularUpload {

    enum Format {
        XLSX,
        CSV
    }

    /**
     * A cell as read. {@code number} is set for numeric xlsx cells (exact, at Excel's 15 digits): such a
     * cell must not be read with the Colombian text rules (1.234 is one and a quarter, not a thousand).
     */
    record CellValue(String text, BigDecimal number) {
        static final CellValue BLANK = new CellValue(null, null);

        boolean blank() {
            return number == null && (text == null || text.isBlank());
        }
    }

    /** A row with its 1-based number in the file. */
    record Line(int number, List<CellValue> cells) {
        CellValue cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : CellValue.BLANK;
        }

        boolean blank() {
            return cells.stream().allMatch(CellValue::blank);
        }
    }

    /** The rows of the sheet (xlsx) or of the file (CSV, whose "sheet" is the file's name). */
    record Table(Format format, String sheet, List<Line> lines) {}

    /** The file cannot be read as a table; the message is Spanish, ready to show. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    private static final ReadingOptions OPTIONS = new ReadingOptions(false, false);
    private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private TabularUpload() {}

    /**
     * Reads the file: an xlsx (by its signature, whatever its name) or otherwise a CSV. Of a workbook,
     * the sheet whose normalized name is {@code preferredSheet}, else the first sheet.
     */
    static Table read(byte[] content, String fileName, String preferredSheet, int maxRows) {
        if (content == null || content.length == 0) {
            throw new Unreadable("El archivo está vacío.");
        }
        if (XlsxGuard.startsWith(content, 'P', 'K', 3, 4) || isOle2(content)) {
            Path file;
            try {
                file = XlsxGuard.checkedCopy(content);
            } catch (BusinessRuleException e) {
                throw new Unreadable(e.getMessage());
            }
            try {
                return xlsx(file, preferredSheet, maxRows);
            } finally {
                XlsxGuard.delete(file);
            }
        }
        return csv(content, fileName, maxRows);
    }

    /** Lower case, no accents, one space between words: how headers and names are compared. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll(""))
                .replaceAll(" ")
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    /** The spreadsheet letters of a 0-based column: 0 → A, 27 → AB. */
    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    // ---------------------------------------------------------------- xlsx

    private static Table xlsx(Path file, String preferredSheet, int maxRows) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), OPTIONS)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            if (sheets.isEmpty()) {
                throw new Unreadable("El libro no tiene hojas.");
            }
            String wanted = normalize(preferredSheet);
            Sheet sheet = sheets.stream()
                    .filter(s -> normalize(s.getName()).equals(wanted))
                    .findFirst()
                    .orElse(sheets.get(0));
            List<Line> lines = new ArrayList<>();
            try (var rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    if (lines.size() >= maxRows) {
                        throw tooManyRows(maxRows);
                    }
                    List<CellValue> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(row.hasCell(c) ? cell(row.getCell(c)) : CellValue.BLANK);
                    }
                    lines.add(new Line(row.getRowNum(), cells));
                }
            }
            return new Table(Format.XLSX, sheet.getName(), lines);
        } catch (Unreadable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("El archivo está dañado y no se puede leer como libro de Excel (.xlsx): " + detail(e)
                    + ". Ábralo en Excel, guárdelo de nuevo y vuelva a cargarlo.");
        }
    }

    private static CellValue cell(Cell cell) {
        if (cell == null) {
            return CellValue.BLANK;
        }
        CellType type = cell.getType();
        if (type == CellType.NUMBER) {
            BigDecimal value = excelPrecision((BigDecimal) cell.getValue());
            return new CellValue(value.toPlainString(), value);
        }
        if (type == CellType.FORMULA) {
            String raw = cell.getRawValue();
            if (raw != null) {
                try {
                    BigDecimal value = excelPrecision(new BigDecimal(raw.strip()));
                    return new CellValue(value.toPlainString(), value);
                } catch (NumberFormatException notANumber) {
                    return new CellValue(raw, null);
                }
            }
            return CellValue.BLANK;
        }
        if (type == CellType.EMPTY) {
            return CellValue.BLANK;
        }
        if (type == CellType.ERROR) {
            return new CellValue(cell.getRawValue(), null);
        }
        Object value = cell.getValue();
        return new CellValue(value == null ? null : value.toString(), null);
    }

    private static BigDecimal excelPrecision(BigDecimal value) {
        if (value.precision() <= 15) {
            return value;
        }
        BigDecimal rounded = value.round(EXCEL).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    private static boolean isOle2(byte[] content) {
        return content.length >= 4
                && (content[0] & 0xFF) == 0xD0
                && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11
                && (content[3] & 0xFF) == 0xE0;
    }

    // ---------------------------------------------------------------- CSV

    private static Table csv(byte[] content, String fileName, int maxRows) {
        String text = decode(content);
        if (text.indexOf('\0') >= 0) {
            throw new Unreadable("El archivo no es un libro de Excel (.xlsx) ni un texto CSV.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(firstLine(text));
        List<Line> lines = new ArrayList<>();
        List<CellValue> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int startLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                continue;
            }
            if (ch == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == separator) {
                cells.add(textCell(field));
                field.setLength(0);
                fieldStarted = false;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(textCell(field));
                field.setLength(0);
                fieldStarted = false;
                if (lines.size() >= maxRows) {
                    throw tooManyRows(maxRows);
                }
                lines.add(new Line(startLine, List.copyOf(cells)));
                cells.clear();
                line++;
                startLine = line;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new Unreadable("El archivo CSV tiene unas comillas sin cerrar desde la fila " + startLine + ".");
        }
        if (fieldStarted || field.length() > 0 || !cells.isEmpty()) {
            cells.add(textCell(field));
            if (lines.size() >= maxRows) {
                throw tooManyRows(maxRows);
            }
            lines.add(new Line(startLine, List.copyOf(cells)));
        }
        String name = fileName == null || fileName.isBlank() ? "CSV" : fileName.strip();
        return new Table(Format.CSV, name, lines);
    }

    private static CellValue textCell(StringBuilder field) {
        String value = field.toString();
        return value.isBlank() ? CellValue.BLANK : new CellValue(value.strip(), null);
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The separator of the header line: the most frequent of ; , and tab outside quotes (; on a tie). */
    private static char separator(String header) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char ch : header.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (ch == ';') semicolons++;
                else if (ch == ',') commas++;
                else if (ch == '\t') tabs++;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static Unreadable tooManyRows(int maxRows) {
        return new Unreadable("El archivo tiene más de " + maxRows + " filas; un informe de ejecución presupuestal"
                + " tiene una fila por proyecto y fuente.");
    }

    private static String detail(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
