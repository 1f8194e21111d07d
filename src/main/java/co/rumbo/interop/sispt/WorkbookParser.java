package co.rumbo.interop.sispt;

import static co.rumbo.interop.sispt.Headers.*;

import co.rumbo.interop.sispt.RawSheet.RawRow;
import co.rumbo.interop.sispt.SisptIssue.Severity;
import co.rumbo.interop.sispt.SisptLayout.SheetLayout;
import co.rumbo.interop.sispt.SisptWorkbook.Mga;
import co.rumbo.interop.sispt.SisptWorkbook.Organization;
import co.rumbo.interop.sispt.SisptWorkbook.OutcomeGoal;
import co.rumbo.interop.sispt.SisptWorkbook.ProductGoal;
import co.rumbo.interop.sispt.SisptWorkbook.SgrInitiative;
import co.rumbo.interop.sispt.SisptWorkbook.SgrProductGoal;
import co.rumbo.interop.sispt.SisptWorkbook.StrategicLine;
import co.rumbo.interop.sispt.SisptWorkbook.YearlyCost;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/** One reading of one workbook: finds the sheets and columns, turns rows into records, collects issues. */
final class WorkbookParser {

    private static final List<String> PRODUCT_REQUIRED = withBpin(PRODUCT_COLUMNS);
    private static final List<String> SGR_REQUIRED = withBpin(SGR_COLUMNS);

    // the widths of the MGA codes, to restore the leading zeros a number cell loses
    private static final int SECTOR_WIDTH = 2;
    private static final int PROGRAM_WIDTH = 4;
    private static final int PRODUCT_WIDTH = 7;
    private static final int INDICATOR_WIDTH = 9;

    private final ReadableWorkbook workbook;
    private final SisptLimits limits;
    private final List<SisptIssue> issues = new ArrayList<>();
    private final List<SheetLayout> layouts = new ArrayList<>();
    private String daneCode;
    private String entityName;
    private String planName;

    WorkbookParser(ReadableWorkbook workbook, SisptLimits limits) {
        this.workbook = workbook;
        this.limits = limits;
    }

    SisptReadResult parse() throws IOException {
        Map<SisptSheet, RawSheet> sheets = readSheets();
        List<StrategicLine> lines = rows(sheets.get(SisptSheet.STRATEGIC_LINES), LINE_COLUMNS, this::strategicLine);
        List<OutcomeGoal> outcomes = rows(sheets.get(SisptSheet.OUTCOME_GOALS), OUTCOME_COLUMNS, this::outcomeGoal);
        List<ProductGoal> products = rows(
                sheets.get(SisptSheet.PRODUCT_GOALS), PRODUCT_REQUIRED, YearlyColumns::of, WorkbookParser::productGoal);
        List<SgrProductGoal> sgr = rows(
                sheets.get(SisptSheet.SGR_PRODUCT_GOALS),
                SGR_REQUIRED,
                BiennialColumns::of,
                WorkbookParser::sgrProductGoal);
        List<SgrInitiative> initiatives =
                rows(sheets.get(SisptSheet.SGR_INITIATIVES), INITIATIVE_COLUMNS, this::sgrInitiative);
        SisptWorkbook result = new SisptWorkbook(
                new Organization(daneCode, entityName),
                planName,
                lines,
                outcomes,
                products,
                sgr,
                initiatives,
                new SisptLayout(layouts));
        return new SisptReadResult(result, issues);
    }

    /** The known sheets, in the file's order; a missing required sheet is an ERROR. */
    private Map<SisptSheet, RawSheet> readSheets() throws IOException {
        Map<SisptSheet, RawSheet> found = new EnumMap<>(SisptSheet.class);
        for (Sheet sheet : workbook.getSheets().toList()) {
            SisptSheet kind = SisptSheet.named(sheet.getName()).orElse(null);
            if (kind == null || found.containsKey(kind)) {
                continue;
            }
            RawSheet raw = RawSheet.read(sheet, kind, limits.maxRowsPerSheet());
            if (raw == null) {
                issues.add(new SisptIssue(
                        sheet.getName(),
                        0,
                        null,
                        null,
                        "No se encontró la fila de encabezados (con «" + DANE_CODE + "» en la columna A, fila 2).",
                        Severity.ERROR));
                continue;
            }
            if (raw.truncated) {
                issues.add(new SisptIssue(
                        sheet.getName(),
                        0,
                        null,
                        null,
                        "La hoja tiene más de " + limits.maxRowsPerSheet() + " filas de datos; una exportación de"
                                + " SisPT tiene unos cientos. No se procesa.",
                        Severity.ERROR));
            }
            found.put(kind, raw);
            layouts.add(raw.layout);
        }
        for (SisptSheet kind : SisptSheet.values()) {
            if (kind.required() && !found.containsKey(kind)) {
                issues.add(new SisptIssue(
                        null,
                        0,
                        null,
                        null,
                        "Falta la hoja «" + kind.sheetName() + "». Cargue el archivo tal como lo exporta SisPT.",
                        Severity.ERROR));
            }
        }
        return found;
    }

    /** Parses the rows of a sheet with fixed columns only. */
    private <T> List<T> rows(RawSheet raw, List<String> required, BiFunction<SheetColumns, RawRow, T> parser) {
        return rows(raw, required, columns -> FixedColumns.NONE, (c, fixed, claimed, row) -> parser.apply(c, row));
    }

    /**
     * Parses the rows of a sheet: none when the sheet is absent, too long, or lacks a column (each
     * missing column is one ERROR, rather than one per row).
     *
     * @param discover finds the columns that depend on the file (years, biennia)
     */
    private <V extends VariableColumns, T> List<T> rows(
            RawSheet raw, List<String> required, Function<SheetColumns, V> discover, RowParser<V, T> parser) {
        if (raw == null || raw.truncated) {
            return List.of();
        }
        SheetColumns columns = new SheetColumns(raw, issues);
        V variable = discover.apply(columns);
        boolean complete = hasAll(columns, raw, required);
        for (String header : variable.missing()) {
            missingColumn(raw, header);
            complete = false;
        }
        if (!complete) {
            return List.of();
        }
        Set<Integer> claimed = new HashSet<>(variable.claimed());
        required.forEach(h -> claimed.add(columns.column(h)));
        List<T> parsed = new ArrayList<>();
        for (RawRow row : raw.rows) {
            checkDane(columns, row);
            parsed.add(parser.parse(columns, variable, claimed, row));
        }
        return parsed;
    }

    /** Turns one row into a record. */
    @FunctionalInterface
    private interface RowParser<V, T> {
        T parse(SheetColumns columns, V variable, Set<Integer> claimed, RawRow row);
    }

    /** The columns of a sheet that depend on the file, and those that should be there and are not. */
    private interface VariableColumns {
        Set<Integer> claimed();

        List<String> missing();
    }

    private enum FixedColumns implements VariableColumns {
        NONE;

        @Override
        public Set<Integer> claimed() {
            return Set.of();
        }

        @Override
        public List<String> missing() {
            return List.of();
        }
    }

    private static List<String> withBpin(List<String> columns) {
        List<String> required = new ArrayList<>(columns);
        required.add(BPIN);
        return List.copyOf(required);
    }

    private boolean hasAll(SheetColumns columns, RawSheet raw, List<String> required) {
        boolean all = true;
        for (String header : required) {
            if (!columns.has(header)) {
                missingColumn(raw, header);
                all = false;
            }
        }
        return all;
    }

    private void missingColumn(RawSheet raw, String header) {
        issues.add(new SisptIssue(
                raw.layout.name(),
                raw.headerRow,
                null,
                header,
                "Falta la columna «" + header + "». Sin ella no se leen las filas de esta hoja.",
                Severity.ERROR));
    }

    /** The file's DANE code is the first row's; a row with another one is an ERROR. */
    private void checkDane(SheetColumns columns, RawRow row) {
        String dane = dane(columns.text(row, DANE_CODE));
        if (daneCode == null && dane != null) {
            daneCode = dane;
            entityName = columns.text(row, ENTITY);
            planName = columns.text(row, PLAN_NAME);
            return;
        }
        if (dane == null) {
            columns.error(row, DANE_CODE, "Falta el código DANE de la entidad territorial.");
        } else if (!dane.equals(daneCode)) {
            columns.error(
                    row,
                    DANE_CODE,
                    "El código DANE «" + dane + "» no es el de la entidad del archivo («" + daneCode
                            + "»): el archivo mezcla entidades.");
        }
    }

    /** A DANE code from a number cell loses its leading zero: "5001" is Medellín's "05001". */
    private static String dane(String text) {
        if (text == null || !text.matches("\\d+(\\.0+)?")) {
            return text;
        }
        String digits = text.replaceFirst("\\.0+$", "");
        return digits.length() == 1 || digits.length() == 4 ? "0" + digits : digits;
    }

    private StrategicLine strategicLine(SheetColumns c, RawRow row) {
        return new StrategicLine(upper(c.text(row, CONSECUTIVE)), c.text(row, LINE), row.number());
    }

    private OutcomeGoal outcomeGoal(SheetColumns c, RawRow row) {
        return new OutcomeGoal(
                upper(c.text(row, CONSECUTIVE)),
                c.lines(row, LINE),
                c.text(row, OUTCOME_INDICATOR),
                c.yesNo(row, IN_NATIONAL_PLAN),
                c.number(row, FOUR_YEAR_TARGET),
                c.text(row, TRANSFORMATION),
                row.number());
    }

    private SgrInitiative sgrInitiative(SheetColumns c, RawRow row) {
        return new SgrInitiative(
                upper(c.text(row, CONSECUTIVE)),
                c.lines(row, LINE),
                c.text(row, INITIATIVE_TYPE),
                c.text(row, SECTOR),
                c.text(row, INITIATIVE),
                c.number(row, SGR_INDICATIVE_RESOURCES),
                c.bpins(row, BPIN),
                row.number());
    }

    private static ProductGoal productGoal(SheetColumns c, YearlyColumns yearly, Set<Integer> claimed, RawRow row) {
        Map<Integer, BigDecimal> targets = new TreeMap<>();
        List<YearlyCost> costs = new ArrayList<>();
        for (int year : yearly.years) {
            putIfPresent(targets, year, c.number(row, Headers.yearly(PROGRAMMING_PREFIX, year)));
            Map<String, BigDecimal> bySource = new LinkedHashMap<>();
            for (String source : yearly.sources) {
                putIfPresent(bySource, source, c.number(row, Headers.yearly(source, year)));
            }
            costs.add(new YearlyCost(year, bySource, c.number(row, Headers.yearly(TOTAL_PREFIX, year))));
        }
        return new ProductGoal(
                upper(c.text(row, SISPT_CODE)),
                c.lines(row, LINE),
                mga(c, row, INDICATOR),
                c.text(row, CUSTOM_NAME),
                c.text(row, UNIT),
                c.number(row, FOUR_YEAR_TARGET),
                c.yesNo(row, PRINCIPAL),
                c.text(row, ODS_CODE),
                c.text(row, ODS),
                c.text(row, ACCUMULATION),
                targets,
                costs,
                c.bpins(row, BPIN),
                c.others(row, claimed),
                row.number());
    }

    private static SgrProductGoal sgrProductGoal(
            SheetColumns c, BiennialColumns biennial, Set<Integer> claimed, RawRow row) {
        Map<String, BigDecimal> targets = new TreeMap<>();
        Map<String, BigDecimal> resources = new TreeMap<>();
        for (String biennium : biennial.biennia) {
            putIfPresent(targets, biennium, c.number(row, PROGRAMMING_PREFIX + " " + biennium));
            putIfPresent(resources, biennium, c.number(row, SGR_RESOURCES_PREFIX + " " + biennium));
        }
        return new SgrProductGoal(
                upper(c.text(row, SGR_SISPT_CODE)),
                c.text(row, INITIATIVE),
                mga(c, row, SGR_INDICATOR),
                c.text(row, SGR_CUSTOM_NAME),
                c.text(row, UNIT),
                c.number(row, FOUR_YEAR_TARGET),
                c.yesNo(row, PRINCIPAL),
                c.text(row, ODS_CODE),
                c.text(row, ODS),
                c.text(row, ACCUMULATION),
                c.yesNo(row, COFINANCED),
                targets,
                resources,
                c.bpins(row, BPIN),
                c.others(row, claimed),
                row.number());
    }

    private static Mga mga(SheetColumns c, RawRow row, String indicatorHeader) {
        return new Mga(
                c.code(row, SECTOR_CODE, SECTOR_WIDTH),
                c.text(row, SECTOR),
                c.code(row, PROGRAM_CODE, PROGRAM_WIDTH),
                c.text(row, PROGRAM),
                c.code(row, PRODUCT_CODE, PRODUCT_WIDTH),
                c.text(row, PRODUCT),
                c.code(row, INDICATOR_CODE, INDICATOR_WIDTH),
                c.text(row, indicatorHeader));
    }

    private static <K> void putIfPresent(Map<K, BigDecimal> map, K key, BigDecimal value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    /**
     * The yearly columns of the product goals, discovered from the headers "&lt;name&gt; &lt;year&gt;":
     * the programming, one column per budget source, and the total, for every year.
     */
    private record YearlyColumns(List<Integer> years, List<String> sources, Set<Integer> claimed, List<String> missing)
            implements VariableColumns {

        static YearlyColumns of(SheetColumns columns) {
            Set<Integer> years = new TreeSet<>();
            Set<String> sources = new LinkedHashSet<>();
            Set<String> normalizedSources = new HashSet<>();
            Set<Integer> claimed = new HashSet<>();
            List<String> headers = columns.headers();
            for (int i = 0; i < headers.size(); i++) {
                Headers.Yearly y = Headers.yearly(headers.get(i));
                if (y == null) {
                    continue;
                }
                claimed.add(i);
                years.add(y.year());
                if (SisptLayout.isCostSource(y.name()) && normalizedSources.add(Headers.normalize(y.name()))) {
                    sources.add(y.name());
                }
            }
            List<String> missing = new ArrayList<>();
            if (years.isEmpty()) {
                missing.add(Headers.yearly(PROGRAMMING_PREFIX, 2024));
            }
            for (int year : years) {
                List<String> expected = new ArrayList<>();
                expected.add(Headers.yearly(PROGRAMMING_PREFIX, year));
                sources.forEach(s -> expected.add(Headers.yearly(s, year)));
                expected.add(Headers.yearly(TOTAL_PREFIX, year));
                expected.stream().filter(h -> !columns.has(h)).forEach(missing::add);
            }
            return new YearlyColumns(List.copyOf(years), List.copyOf(sources), claimed, missing);
        }
    }

    /** The SGR sheet's columns by biennium: "Programación … 2023-2024" and "Recursos SGR 2023-2024". */
    private record BiennialColumns(List<String> biennia, Set<Integer> claimed, List<String> missing)
            implements VariableColumns {

        static BiennialColumns of(SheetColumns columns) {
            Set<String> biennia = new TreeSet<>();
            Set<Integer> claimed = new HashSet<>();
            List<String> headers = columns.headers();
            for (int i = 0; i < headers.size(); i++) {
                Headers.Biennial b = Headers.biennial(headers.get(i));
                if (b != null
                        && (Headers.same(b.name(), PROGRAMMING_PREFIX)
                                || Headers.same(b.name(), SGR_RESOURCES_PREFIX))) {
                    claimed.add(i);
                    biennia.add(b.biennium());
                }
            }
            List<String> missing = new ArrayList<>();
            if (biennia.isEmpty()) {
                missing.add(PROGRAMMING_PREFIX + " 2023-2024");
            }
            for (String biennium : biennia) {
                for (String prefix : List.of(PROGRAMMING_PREFIX, SGR_RESOURCES_PREFIX)) {
                    if (!columns.has(prefix + " " + biennium)) {
                        missing.add(prefix + " " + biennium);
                    }
                }
            }
            return new BiennialColumns(List.copyOf(biennia), claimed, missing);
        }
    }
}
