package co.rumbo.interop.dnp;

import co.rumbo.interop.xlsx.RowValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;

/** Reads "Detalle seguimiento financiero" once its header row is located. */
final class FinancialSheetParser {

    static final String SHEET = "Detalle seguimiento financiero";

    private static final String DESCRIPTION = "Descripción del Producto (MGA)";
    private static final String FOUR_YEARS = "Programación Cuatrienio SisPT";
    private static final Pattern OBLIGATIONS = Pattern.compile("obligaciones (\\d{4}) \\(cuipo\\)");

    private final DetailSheet sheet;

    FinancialSheetParser(DetailSheet sheet) {
        this.sheet = sheet;
    }

    /** The rows of the sheet; empty (with errors reported) when a required column is missing. */
    List<DnpFinancialRow> parse() {
        DetailSheet.GoalColumns goal = sheet.goalColumns();
        int description = sheet.require(DESCRIPTION);
        int fourYears = sheet.require(FOUR_YEARS);
        Map<Integer, Integer> programmed = sheet.requireYears(DetailSheet.PROGRAMMED, "Programado <año> (SisPT)");
        List<YearColumns> years = yearColumns();
        if (!sheet.complete()) {
            return List.of();
        }
        List<DnpFinancialRow> rows = new ArrayList<>();
        for (RowValues values : sheet.dataRows()) {
            DnpGoalRef goalRef = sheet.goal(values, goal);
            BigDecimal fourYearProgrammed = values.number(fourYears);
            SortedMap<Integer, BigDecimal> programmedByYear = values.numbersByYear(programmed);
            List<DnpFinancialYear> execution =
                    years.stream().map(y -> year(values, y)).toList();
            if (goalRef != null && !values.failed()) {
                rows.add(new DnpFinancialRow(
                        values.rowNumber(),
                        goalRef,
                        values.text(description),
                        fourYearProgrammed,
                        programmedByYear,
                        execution));
            }
        }
        return rows;
    }

    private List<YearColumns> yearColumns() {
        Map<Integer, Integer> obligations = sheet.requireYears(OBLIGATIONS, "Obligaciones <año> (CUIPO)");
        List<YearColumns> years = new ArrayList<>();
        obligations.forEach((year, column) -> {
            years.add(new YearColumns(
                    year,
                    sheet.require("Compromisos " + year + " (CUIPO)"),
                    column,
                    sheet.require("Pagos " + year + " (CUIPO)"),
                    sheet.require("Obligaciones como % de lo programado (" + year + ")"),
                    sheet.require("Explicación del valor " + year)));
            // An execution year is meaningless without its programming: DNP's ratio divides by it.
            sheet.require("Programado " + year + " (SisPT)");
        });
        return years;
    }

    private static DnpFinancialYear year(RowValues values, YearColumns columns) {
        return new DnpFinancialYear(
                columns.year(),
                values.number(columns.commitments()),
                values.number(columns.obligations()),
                values.number(columns.payments()),
                values.number(columns.ratio()),
                values.text(columns.explanation()));
    }

    private record YearColumns(int year, int commitments, int obligations, int payments, int ratio, int explanation) {}
}
