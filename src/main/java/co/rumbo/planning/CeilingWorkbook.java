package co.rumbo.planning;

import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.files.XlsxGuard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The budget ceilings of a year as an xlsx workbook: the template Rumbo hands to the treasury (one row per
 * office, program and source of the Plan Indicativo, with the current ceiling; sheets with the office codes
 * and the funding sources, which the office and source columns offer as a drop-down list), and the reading
 * of the filled template. Columns are found by their header text (accents, case and spacing ignored); every
 * problem is named by sheet, row and column, and any problem refuses the whole file.
 */
final class CeilingWorkbook {

    static final String OFFICE_CODE = "Código dependencia";
    static final String OFFICE = "Dependencia";
    static final String PROGRAM = "Programa";
    static final String PROGRAM_NAME = "Nombre del programa";
    static final String SOURCE = "Fuente";
    static final String SOURCE_NAME = "Nombre de la fuente";
    static final String CEILING = "Techo (pesos)";
    static final String COST = "Costo Plan Indicativo (referencia)";

    static final int MAX_ROWS = 10_000;
    private static final int MAX_ERRORS = 20;
    /** Rows below the pre-filled ones that keep the drop-down lists, for ceilings the template lacks. */
    private static final int SPARE_ROWS = 300;

    private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final ReadingOptions OPTIONS = new ReadingOptions(false, false);

    private CeilingWorkbook() {}

    /** A line of the template: an office, program and source with its ceiling (null: none yet). */
    record TemplateRow(
            String officeCode,
            String officeName,
            String programCode,
            String programName,
            String source,
            String sourceName,
            BigDecimal ceiling,
            BigDecimal indicativeCost) {}

    record Named(String code, String name) {}

    static String sheetName(int year) {
        return "Techos " + year;
    }

    static byte[] template(int year, List<TemplateRow> rows, List<Named> offices, List<Named> sources) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook wb = new Workbook(out, "Rumbo", "1.0");
            Worksheet ws = wb.newWorksheet(sheetName(year));
            String[] headers = {OFFICE_CODE, OFFICE, PROGRAM, PROGRAM_NAME, SOURCE, SOURCE_NAME, CEILING, COST};
            double[] widths = {18, 36, 12, 44, 24, 36, 20, 26};
            for (int c = 0; c < headers.length; c++) {
                ws.value(0, c, headers[c]);
                ws.width(c, widths[c]);
            }
            ws.range(0, 0, 0, headers.length - 1).style().bold().wrapText(true).set();
            ws.freezePane(0, 1);
            int r = 1;
            for (TemplateRow row : rows) {
                ws.value(r, 0, row.officeCode());
                ws.value(r, 1, row.officeName());
                ws.value(r, 2, row.programCode());
                ws.value(r, 3, row.programName());
                if (row.source() != null) {
                    ws.value(r, 4, row.source());
                    ws.value(r, 5, row.sourceName());
                }
                if (row.ceiling() != null && row.ceiling().signum() > 0) {
                    ws.value(r, 6, row.ceiling());
                }
                if (row.indicativeCost() != null && row.indicativeCost().signum() > 0) {
                    ws.value(r, 7, row.indicativeCost());
                }
                r++;
            }
            int last = r + SPARE_ROWS;
            ws.range(1, 2, last, 2).style().format("@").set();
            ws.range(1, 6, last, 7).style().format("#,##0.00").set();

            Worksheet officeSheet = wb.newWorksheet("Dependencias");
            officeSheet.value(0, 0, OFFICE_CODE);
            officeSheet.value(0, 1, OFFICE);
            officeSheet.range(0, 0, 0, 1).style().bold().set();
            officeSheet.width(0, 18);
            officeSheet.width(1, 44);
            for (int i = 0; i < offices.size(); i++) {
                officeSheet.value(i + 1, 0, offices.get(i).code());
                officeSheet.value(i + 1, 1, offices.get(i).name());
            }
            Worksheet sourceSheet = wb.newWorksheet("Fuentes");
            sourceSheet.value(0, 0, SOURCE);
            sourceSheet.value(0, 1, SOURCE_NAME);
            sourceSheet.range(0, 0, 0, 1).style().bold().set();
            sourceSheet.width(0, 24);
            sourceSheet.width(1, 44);
            for (int i = 0; i < sources.size(); i++) {
                sourceSheet.value(i + 1, 0, sources.get(i).code());
                sourceSheet.value(i + 1, 1, sources.get(i).name());
            }
            if (!offices.isEmpty()) {
                ws.range(1, 0, last, 0)
                        .validateWithList(officeSheet.range(1, 0, offices.size(), 0))
                        .allowBlank(true)
                        .showErrorMessage(true)
                        .errorTitle("Dependencia")
                        .error("Use un código de la hoja «Dependencias».");
            }
            if (!sources.isEmpty()) {
                ws.range(1, 4, last, 4)
                        .validateWithList(sourceSheet.range(1, 0, sources.size(), 0))
                        .allowBlank(true)
                        .showErrorMessage(true)
                        .errorTitle("Fuente")
                        .error("Use un código de la hoja «Fuentes».");
            }
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a filled template into ceiling lines; a row without a value sets no ceiling. Refuses the whole
     * file (nothing is saved) with every problem named by sheet, row and column.
     *
     * @param officeIds the organization's offices by their code in upper case
     * @param sources the codes of the funding sources
     */
    static List<CeilingLine> read(byte[] content, int year, Map<String, UUID> officeIds, Set<String> sources) {
        Path file = XlsxGuard.checkedCopy(content);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), OPTIONS)) {
            List<Sheet> sheets = wb.getSheets().toList();
            Sheet sheet = sheets.stream()
                    .filter(s -> normalize(s.getName()).startsWith("techos"))
                    .findFirst()
                    .orElse(sheets.isEmpty() ? null : sheets.get(0));
            if (sheet == null) {
                throw new BusinessRuleException("El archivo no tiene hojas.");
            }
            Matcher y = YEAR.matcher(sheet.getName());
            if (y.find() && Integer.parseInt(y.group(1)) != year) {
                throw new BusinessRuleException("La hoja «" + sheet.getName() + "» es de la plantilla de "
                        + y.group(1) + " y se está cargando en la vigencia " + year
                        + ": descargue la plantilla de " + year + ".");
            }
            List<Row> rows;
            try (Stream<Row> stream = sheet.openStream()) {
                rows = stream.limit(MAX_ROWS + 2L).toList();
            }
            if (rows.size() > MAX_ROWS + 1) {
                throw new BusinessRuleException("La hoja «" + sheet.getName() + "» tiene más de "
                        + String.format(Locale.forLanguageTag("es-CO"), "%,d", MAX_ROWS) + " filas.");
            }
            return new Reading(sheet.getName(), officeIds, sources).lines(rows);
        } catch (BusinessRuleException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BusinessRuleException("El archivo no es un xlsx válido (" + detail(e)
                    + "). Ábralo en Excel, guárdelo de nuevo como .xlsx y vuelva a cargarlo.");
        } finally {
            XlsxGuard.delete(file);
        }
    }

    /** The reading of one sheet: its columns, its rows and the problems found. */
    private static final class Reading {
        private final String sheet;
        private final Map<String, UUID> officeIds;
        private final Set<String> sources;
        private final List<String> errors = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private int more;

        Reading(String sheet, Map<String, UUID> officeIds, Set<String> sources) {
            this.sheet = sheet;
            this.officeIds = officeIds;
            this.sources = sources;
        }

        List<CeilingLine> lines(List<Row> rows) {
            Row header = rows.stream()
                    .limit(10)
                    .filter(r ->
                            column(r, PROGRAM).isPresent() && column(r, SOURCE).isPresent())
                    .findFirst()
                    .orElse(null);
            if (header == null) {
                throw new BusinessRuleException("La hoja «" + sheet + "» no tiene la fila de encabezados de la"
                        + " plantilla (" + OFFICE_CODE + ", " + PROGRAM + ", " + SOURCE + ", " + CEILING
                        + "): descargue la plantilla de Rumbo y llénela.");
            }
            int officeColumn = column(header, OFFICE_CODE).orElse(-1);
            int programColumn = column(header, PROGRAM).orElseThrow();
            int sourceColumn = column(header, SOURCE).orElseThrow();
            int valueColumn = column(header, CEILING).orElse(-1);
            if (officeColumn < 0) {
                error(header.getRowNum(), OFFICE_CODE, "falta la columna «" + OFFICE_CODE + "»");
            }
            if (valueColumn < 0) {
                error(header.getRowNum(), CEILING, "falta la columna «" + CEILING + "»");
            }
            if (!errors.isEmpty()) {
                throw refused();
            }
            List<CeilingLine> lines = new ArrayList<>();
            for (Row row : rows) {
                if (row.getRowNum() <= header.getRowNum()) {
                    continue;
                }
                line(row, officeColumn, programColumn, sourceColumn, valueColumn)
                        .ifPresent(lines::add);
            }
            if (!errors.isEmpty()) {
                throw refused();
            }
            return lines;
        }

        private Optional<CeilingLine> line(
                Row row, int officeColumn, int programColumn, int sourceColumn, int valueColumn) {
            int n = row.getRowNum();
            String office = text(row, officeColumn);
            String program = programCode(row, programColumn);
            String source = text(row, sourceColumn);
            Cell valueCell = row.hasCell(valueColumn) ? row.getCell(valueColumn) : null;
            String valueText = valueCell == null ? null : blankToNull(cellText(valueCell));
            if (valueText == null) {
                // no value: this office, program and source get no ceiling (as in the CSV template)
                return Optional.empty();
            }
            int before = errors.size() + more;
            BigDecimal amount = amount(valueCell, valueText);
            if (amount == null) {
                error(n, CEILING, "se esperaba un valor en pesos y se encontró «" + valueText + "»");
            } else if (amount.signum() < 0) {
                error(n, CEILING, "el techo no puede ser negativo");
            } else if (amount.stripTrailingZeros().scale() > 2) {
                error(n, CEILING, "el techo tiene más de dos decimales (" + amount.toPlainString() + ")");
            }
            UUID officeId = null;
            if (office == null) {
                error(n, OFFICE_CODE, "falta el código de la dependencia");
            } else {
                officeId = officeIds.get(office.toUpperCase(Locale.ROOT));
                if (officeId == null) {
                    error(
                            n,
                            OFFICE_CODE,
                            "la dependencia «" + office + "» no existe en la entidad (vea la hoja «Dependencias»)");
                }
            }
            if (program == null) {
                error(n, PROGRAM, "falta el programa");
            } else if (!program.matches("[0-9]{4}")) {
                error(n, PROGRAM, "el programa «" + program + "» no es válido: 4 dígitos del MGA");
            }
            if (source == null) {
                error(n, SOURCE, "falta la fuente de financiación");
            } else if (!sources.contains(source)) {
                error(n, SOURCE, "la fuente «" + source + "» no existe (vea la hoja «Fuentes»)");
            }
            if (errors.size() + more > before) {
                return Optional.empty();
            }
            Integer first = seen.putIfAbsent(officeId + "/" + program + "/" + source, n);
            if (first != null) {
                error(
                        n,
                        SOURCE,
                        "el techo de la dependencia " + office + ", programa " + program + " y fuente " + source
                                + " ya está en la fila " + first + ": déjelo en una sola fila");
                return Optional.empty();
            }
            return Optional.of(new CeilingLine(officeId, program, source, amount));
        }

        private void error(int row, String column, String message) {
            if (errors.size() < MAX_ERRORS) {
                errors.add("Hoja «" + sheet + "», fila " + row + ", columna «" + column + "»: " + message);
            } else {
                more++;
            }
        }

        private BusinessRuleException refused() {
            return new BusinessRuleException("El archivo de techos tiene errores; no se guardó nada. "
                    + String.join("; ", errors) + (more > 0 ? "; y " + more + " error(es) más" : "") + ".");
        }
    }

    /** The first column whose header, normalized, is {@code name} (or starts with it, for the value). */
    private static Optional<Integer> column(Row header, String name) {
        String wanted = normalize(name);
        for (int c = 0; c < header.getCellCount(); c++) {
            String text = header.hasCell(c) ? normalize(cellText(header.getCell(c))) : "";
            boolean ceiling = name.equals(CEILING) && (text.startsWith("techo") || text.equals("valor"));
            if (text.equals(wanted) || ceiling) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String text(Row row, int column) {
        if (column < 0 || !row.hasCell(column)) return null;
        return blankToNull(cellText(row.getCell(column)));
    }

    /** The program code; a number cell lost its leading zero (402 is program 0402). */
    private static String programCode(Row row, int column) {
        if (!row.hasCell(column)) return null;
        Cell cell = row.getCell(column);
        String text = blankToNull(cellText(cell));
        if (text != null && cell.getType() == CellType.NUMBER && text.matches("\\d{1,3}")) {
            return "0".repeat(4 - text.length()) + text;
        }
        return text;
    }

    private static String cellText(Cell cell) {
        if (cell == null) return null;
        return switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> excel((BigDecimal) cell.getValue()).toPlainString();
            case STRING -> (String) cell.getValue();
            case BOOLEAN -> String.valueOf(cell.getValue());
            case FORMULA, ERROR -> cell.getRawValue();
        };
    }

    /**
     * The amount of a value cell: a number as Excel keeps it (rounded back to Excel's 15 digits), or a
     * text written the Colombian way ($ 1.200.000,50) or plainly (1200000.50); null when it is neither.
     */
    private static BigDecimal amount(Cell cell, String text) {
        if (cell.getType() == CellType.NUMBER) {
            return excel((BigDecimal) cell.getValue());
        }
        if (cell.getType() == CellType.FORMULA || cell.getType() == CellType.ERROR) {
            return PLAIN.matcher(text.strip()).matches() ? excel(new BigDecimal(text.strip())) : null;
        }
        return BudgetCeilings.amount(text).orElse(null);
    }

    private static BigDecimal excel(BigDecimal value) {
        if (value.precision() <= 15) return value;
        BigDecimal rounded = value.round(EXCEL).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    private static String blankToNull(String text) {
        if (text == null) return null;
        String s = text.replace('\u00A0', ' ').strip();
        return s.isEmpty() ? null : s;
    }

    static String normalize(String text) {
        if (text == null) return "";
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
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
