package co.rumbo.interop.tenjo;

import co.rumbo.interop.xlsx.HeaderIndex;
import co.rumbo.interop.xlsx.RowValues;
import co.rumbo.interop.xlsx.SheetIssue;
import co.rumbo.interop.xlsx.UnreadableXlsxException;
import co.rumbo.interop.xlsx.XlsxReader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads Tenjo's Plan Indicativo workbook: sheet "PDM", one header row (row 1), one product goal per
 * row below it.
 *
 * <p>Contract: never throws for a bad file; the result carries the goals that could be read and one
 * {@link SheetIssue} per problem, in Spanish. Columns are found by header text (accents, case and
 * spacing ignored); years and quarters are discovered from the headers. Values are exact decimals at
 * Excel's 15-digit precision (the weight typed as 0.235 is stored as 0.23499999999999999 and read as
 * 0.235); a blank cell is null. The columns the workbook derives with formulas from others
 * (totals, percentages, states) are not read: they are recomputed from the values they come from.
 */
public final class TenjoWorkbookReader {

    static final String SHEET = "PDM";

    private static final String GOAL_NUMBER = "COD META PRODUCTO";
    private static final String PRODUCT_CODE = "PRODUCTO MGA";
    private static final String GOAL_TEXT = "META DE PRODUCTO";
    private static final String OFFICE = "RESPONSABLE";
    private static final String TREND = "TENDENCIA INDICADOR";
    private static final String AXIS_WEIGHT = "PONDERADOR EJE";
    // The sheet has two "L.B" columns: the result goal's, then the product goal's.
    private static final String BASELINE = "L.B";
    private static final int HEADER_SEARCH_ROWS = 10;

    private static final Pattern ANNUAL_TARGET = Pattern.compile("valor esperado (\\d{4})");
    private static final Pattern FINANCIAL_PLAN = Pattern.compile("(\\d{4}) plan financiero pdm");
    private static final Pattern INITIAL_APPROPRIATION = Pattern.compile("apropiacion inicial (\\d{4})");
    private static final Pattern FINAL_APPROPRIATION = Pattern.compile("apropiacion definitiva (\\d{4})");
    private static final Pattern PLAIN_APPROPRIATION = Pattern.compile("apropiacion (\\d{4})");
    private static final Pattern COMMITMENTS = Pattern.compile("compromisos (\\d{4})");
    private static final Pattern PAYMENTS = Pattern.compile("pagos (\\d{4})");

    /** Reads the workbook file. */
    public TenjoWorkbookReading read(Path file) {
        try (XlsxReader xlsx = XlsxReader.open(file)) {
            return read(xlsx);
        } catch (UnreadableXlsxException e) {
            return unreadable(null, e);
        }
    }

    /** Reads a workbook from a stream (an upload), which is not closed. */
    public TenjoWorkbookReading read(InputStream in) {
        try (XlsxReader xlsx = XlsxReader.open(in)) {
            return read(xlsx);
        } catch (UnreadableXlsxException e) {
            return unreadable(null, e);
        }
    }

    private TenjoWorkbookReading read(XlsxReader xlsx) {
        Optional<String> sheet = xlsx.findSheet(SHEET);
        if (sheet.isEmpty()) {
            return new TenjoWorkbookReading(
                    null,
                    List.of(SheetIssue.error(
                            SHEET, null, null, "Falta la hoja «" + SHEET + "» con las metas de producto.")));
        }
        List<Row> rows;
        try {
            rows = xlsx.rows(sheet.get());
        } catch (UnreadableXlsxException e) {
            return unreadable(sheet.get(), e);
        }
        List<SheetIssue> issues = new ArrayList<>();
        Optional<HeaderIndex> headers = headerRow(rows);
        if (headers.isEmpty()) {
            issues.add(SheetIssue.error(
                    sheet.get(),
                    null,
                    GOAL_NUMBER,
                    "Hoja «" + sheet.get() + "»: ninguna de las primeras " + HEADER_SEARCH_ROWS
                            + " filas tiene los encabezados «" + GOAL_NUMBER + "» y «" + OFFICE + "»."));
            return new TenjoWorkbookReading(null, issues);
        }
        Columns columns = columns(sheet.get(), headers.get(), issues);
        if (columns == null) {
            return new TenjoWorkbookReading(null, issues);
        }
        List<TenjoGoalRow> goals = new ArrayList<>();
        for (Row row : rows) {
            if (row.getRowNum() > headers.get().rowNumber()) {
                goal(sheet.get(), row, headers.get(), columns, issues).ifPresent(goals::add);
            }
        }
        return new TenjoWorkbookReading(new TenjoWorkbook(sheet.get(), goals), issues);
    }

    private static Optional<HeaderIndex> headerRow(List<Row> rows) {
        return rows.stream()
                .limit(HEADER_SEARCH_ROWS)
                .map(HeaderIndex::of)
                .filter(index -> index.contains(GOAL_NUMBER) && index.contains(OFFICE))
                .findFirst();
    }

    /** The column layout; null (with errors reported) when a required column is missing. */
    private static Columns columns(String sheet, HeaderIndex headers, List<SheetIssue> issues) {
        ColumnFinder find = new ColumnFinder(sheet, headers, issues);
        Columns columns = new Columns(
                find.required(GOAL_NUMBER),
                find.required(PRODUCT_CODE),
                find.required(GOAL_TEXT),
                find.required(OFFICE),
                find.required(TREND),
                find.required(AXIS_WEIGHT),
                find.optional("EJE"),
                find.optional("SECTOR MGA"),
                find.optional("PROGRAMA MGA"),
                find.optional("COD,.INT. PROGRAMA"),
                find.optional("PROGRAMA PDT"),
                find.optional("COD. INT, SUBPROGRAMA"),
                find.optional("SUBPROGRAMA"),
                find.optional("COD. INT. MR"),
                find.optional("META DE RESULTADO"),
                find.optional("INDICADOR DE RESULTADO"),
                find.optional("BPIN"),
                find.optional("NOMBRE DEL PROYECTO"),
                find.optional("INDICADOR"),
                find.optional("UNIDAD DE MEDIDA"),
                find.last(BASELINE),
                find.optional("VALOR ESPERADO CUATRIENIO"),
                headers.columnsByNumber(ANNUAL_TARGET),
                find.quarters(),
                budgetColumns(find, headers),
                headers.columnsByNumber(FINANCIAL_PLAN));
        return find.complete() ? columns : null;
    }

    private static List<BudgetColumns> budgetColumns(ColumnFinder find, HeaderIndex headers) {
        Map<Integer, Integer> initial = find.lastByYear(INITIAL_APPROPRIATION);
        Map<Integer, Integer> appropriation = find.lastByYear(FINAL_APPROPRIATION);
        find.lastByYear(PLAIN_APPROPRIATION).forEach(appropriation::putIfAbsent);
        Map<Integer, Integer> commitments = find.lastByYear(COMMITMENTS);
        Map<Integer, Integer> payments = find.lastByYear(PAYMENTS);
        TreeSet<Integer> years = new TreeSet<>(appropriation.keySet());
        years.addAll(commitments.keySet());
        years.addAll(payments.keySet());
        return years.stream()
                .map(year -> new BudgetColumns(
                        year,
                        initial.getOrDefault(year, -1),
                        appropriation.getOrDefault(year, -1),
                        commitments.getOrDefault(year, -1),
                        payments.getOrDefault(year, -1)))
                .toList();
    }

    private static Optional<TenjoGoalRow> goal(
            String sheet, Row row, HeaderIndex headers, Columns columns, List<SheetIssue> issues) {
        RowValues values = new RowValues(
                sheet,
                row,
                headers,
                (number, column, message) -> issues.add(SheetIssue.error(sheet, number, column, message)));
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String goalNumber = values.text(columns.goalNumber());
        if (goalNumber == null) {
            skipRowWithoutGoal(sheet, values, columns, issues);
            return Optional.empty();
        }
        TenjoPlanPath path = path(values, columns);
        TenjoGoal goal = new TenjoGoal(
                goalNumber,
                values.text(columns.productCode()),
                text(values, columns.bpin()),
                text(values, columns.projectName()),
                values.text(columns.goalText()),
                text(values, columns.indicator()),
                text(values, columns.unit()),
                text(values, columns.baseline()),
                values.text(columns.trend()),
                number(values, columns.fourYearTarget()),
                values.numbersByYear(columns.annualTargets()));
        TenjoOffice office = TenjoOffice.of(values.rawText(columns.office()));
        List<TenjoQuarter> quarters = columns.quarters().stream()
                .map(q -> new TenjoQuarter(
                        q.year(), q.quarter(), values.number(q.planned()), values.number(q.executed())))
                .toList();
        List<TenjoBudget> budgets = columns.budgets().stream()
                .map(b -> new TenjoBudget(
                        b.year(),
                        number(values, b.initialAppropriation()),
                        number(values, b.appropriation()),
                        number(values, b.commitments()),
                        number(values, b.payments())))
                .toList();
        SortedMap<Integer, BigDecimal> financialPlan = values.numbersByYear(columns.financialPlan());
        if (values.failed()) {
            return Optional.empty();
        }
        return Optional.of(new TenjoGoalRow(values.rowNumber(), path, goal, office, quarters, budgets, financialPlan));
    }

    private static TenjoPlanPath path(RowValues values, Columns columns) {
        return new TenjoPlanPath(
                text(values, columns.axis()),
                values.number(columns.axisWeight()),
                text(values, columns.sectorCode()),
                text(values, columns.programCode()),
                text(values, columns.programNumber()),
                text(values, columns.programName()),
                text(values, columns.subprogramNumber()),
                text(values, columns.subprogramName()),
                text(values, columns.resultGoalNumber()),
                text(values, columns.resultGoal()),
                text(values, columns.resultIndicator()));
    }

    /**
     * A row without a goal number: a totals row (Tenjo's has only budget sums) is skipped with a
     * warning; a row that looks like a goal is an error, since its data would be lost.
     */
    private static void skipRowWithoutGoal(String sheet, RowValues values, Columns columns, List<SheetIssue> issues) {
        boolean looksLikeGoal = values.text(columns.productCode()) != null || values.text(columns.goalText()) != null;
        String message = "Hoja «" + sheet + "», fila " + values.rowNumber() + ": no tiene «" + GOAL_NUMBER + "»";
        if (looksLikeGoal) {
            issues.add(SheetIssue.error(sheet, values.rowNumber(), GOAL_NUMBER, message + "; la fila no se importa."));
        } else {
            issues.add(SheetIssue.warning(
                    sheet,
                    values.rowNumber(),
                    GOAL_NUMBER,
                    message + " ni meta de producto (parece una fila de totales); se omite."));
        }
    }

    private static String text(RowValues values, int column) {
        return column < 0 ? null : values.text(column);
    }

    private static BigDecimal number(RowValues values, int column) {
        return column < 0 ? null : values.number(column);
    }

    private static TenjoWorkbookReading unreadable(String sheet, UnreadableXlsxException e) {
        return new TenjoWorkbookReading(null, List.of(SheetIssue.error(sheet, null, null, e.getMessage())));
    }

    /** Column indexes (0-based); -1 for an optional column the sheet lacks. */
    private record Columns(
            int goalNumber,
            int productCode,
            int goalText,
            int office,
            int trend,
            int axisWeight,
            int axis,
            int sectorCode,
            int programCode,
            int programNumber,
            int programName,
            int subprogramNumber,
            int subprogramName,
            int resultGoalNumber,
            int resultGoal,
            int resultIndicator,
            int bpin,
            int projectName,
            int indicator,
            int unit,
            int baseline,
            int fourYearTarget,
            Map<Integer, Integer> annualTargets,
            List<QuarterColumns> quarters,
            List<BudgetColumns> budgets,
            Map<Integer, Integer> financialPlan) {}

    record QuarterColumns(int year, int quarter, int planned, int executed) {}

    private record BudgetColumns(
            int year, int initialAppropriation, int appropriation, int commitments, int payments) {}
}
