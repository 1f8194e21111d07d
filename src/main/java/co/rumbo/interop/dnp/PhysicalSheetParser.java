package co.rumbo.interop.dnp;

import co.rumbo.interop.xlsx.HeaderText;
import co.rumbo.interop.xlsx.RowValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;

/** Reads "Detalle seguimiento físico" once its header row is located. */
final class PhysicalSheetParser {

    static final String SHEET = "Detalle seguimiento físico";

    private static final String INDICATOR_CODE = "Código Indicador Producto (MGA)";
    private static final String INDICATOR = "Indicador Producto (MGA)";
    private static final String CUMULATIVE = "Acumulativo";
    private static final String UNIT = "Unidad de Medida";
    // "Cuatrenio" is DNP's spelling.
    private static final String TARGET = "Meta del Cuatrenio (SisPT)";
    private static final Pattern EXECUTED = Pattern.compile("ejecucion fisica (\\d{4}) \\(piip\\)");

    private final DetailSheet sheet;

    PhysicalSheetParser(DetailSheet sheet) {
        this.sheet = sheet;
    }

    /** The rows of the sheet; empty (with errors reported) when a required column is missing. */
    List<DnpPhysicalRow> parse() {
        DetailSheet.GoalColumns goal = sheet.goalColumns();
        Columns columns = new Columns(
                sheet.require(INDICATOR_CODE),
                sheet.require(INDICATOR),
                sheet.require(CUMULATIVE),
                sheet.require(UNIT),
                sheet.require(TARGET),
                sheet.requireYears(DetailSheet.PROGRAMMED, "Programado <año> (SisPT)"),
                yearColumns());
        if (!sheet.complete()) {
            return List.of();
        }
        List<DnpPhysicalRow> rows = new ArrayList<>();
        for (RowValues values : sheet.dataRows()) {
            DnpPhysicalRow row = row(values, goal, columns);
            if (row != null && !values.failed()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private List<YearColumns> yearColumns() {
        Map<Integer, Integer> executed = sheet.requireYears(EXECUTED, "Ejecución Física <año> (PIIP)");
        List<YearColumns> years = new ArrayList<>();
        executed.forEach((year, column) -> {
            years.add(new YearColumns(
                    year,
                    column,
                    sheet.require("Avance físico " + year + " (%)"),
                    sheet.require("Explicación del valor " + year)));
            // An execution year is meaningless without its programming: DNP's progress divides by it.
            sheet.require("Programado " + year + " (SisPT)");
        });
        return years;
    }

    private DnpPhysicalRow row(RowValues values, DetailSheet.GoalColumns goalColumns, Columns columns) {
        DnpGoalRef goal = sheet.goal(values, goalColumns);
        Boolean cumulative = cumulative(values, columns.cumulative());
        BigDecimal target = values.number(columns.target());
        SortedMap<Integer, BigDecimal> programmed = values.numbersByYear(columns.programmed());
        List<DnpPhysicalYear> years = new ArrayList<>();
        for (YearColumns year : columns.years()) {
            years.add(new DnpPhysicalYear(
                    year.year(),
                    values.number(year.executed()),
                    values.number(year.progress()),
                    values.text(year.explanation())));
        }
        if (goal == null || values.failed()) {
            return null;
        }
        return new DnpPhysicalRow(
                values.rowNumber(),
                goal,
                values.text(columns.indicatorCode()),
                values.text(columns.indicator()),
                cumulative,
                values.text(columns.unit()),
                target,
                programmed,
                years);
    }

    private static Boolean cumulative(RowValues values, int column) {
        String text = values.text(column);
        if (text == null) {
            return null;
        }
        return switch (HeaderText.normalize(text)) {
            case "si" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> {
                values.fail(column, "se esperaba «Sí» o «No» y se encontró «" + text + "»");
                yield null;
            }
        };
    }

    private record Columns(
            int indicatorCode,
            int indicator,
            int cumulative,
            int unit,
            int target,
            Map<Integer, Integer> programmed,
            List<YearColumns> years) {}

    private record YearColumns(int year, int executed, int progress, int explanation) {}
}
