package co.rumbo.interop.sispt;

import static co.rumbo.interop.sispt.Headers.*;

import co.rumbo.interop.sispt.SisptLayout.SheetLayout;
import co.rumbo.interop.sispt.SisptLayout.TitleCell;
import co.rumbo.interop.sispt.SisptWorkbook.LineRef;
import co.rumbo.interop.sispt.SisptWorkbook.Mga;
import co.rumbo.interop.sispt.SisptWorkbook.OutcomeGoal;
import co.rumbo.interop.sispt.SisptWorkbook.ProductGoal;
import co.rumbo.interop.sispt.SisptWorkbook.SgrInitiative;
import co.rumbo.interop.sispt.SisptWorkbook.SgrProductGoal;
import co.rumbo.interop.sispt.SisptWorkbook.StrategicLine;
import co.rumbo.interop.sispt.SisptWorkbook.YearlyCost;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link SisptWorkbook} as a SisPT xlsx: the same sheets, row-1 titles, row-2 headers and
 * columns as its {@link SisptLayout}, data from row 3, numbers as numbers (exact, with their scale),
 * codes as text. Reading the written file gives back the same workbook, row numbers aside.
 */
public final class SisptWriter {

    /** Writes the workbook to the stream, which is left open. */
    public void write(SisptWorkbook workbook, OutputStream out) throws IOException {
        Workbook xlsx = new Workbook(new NonClosing(out), "Rumbo", "1.0");
        for (SheetLayout layout : workbook.layout().sheets()) {
            Worksheet sheet = xlsx.newWorksheet(layout.name());
            header(sheet, layout);
            switch (layout.kind()) {
                case STRATEGIC_LINES ->
                    rows(sheet, layout, workbook.strategicLines(), (l, h) -> lineCell(workbook, l, h));
                case OUTCOME_GOALS ->
                    rows(sheet, layout, workbook.outcomeGoals(), (g, h) -> outcomeCell(workbook, g, h));
                case PRODUCT_GOALS ->
                    rows(sheet, layout, workbook.productGoals(), (g, h) -> productCell(workbook, g, h));
                case SGR_PRODUCT_GOALS ->
                    rows(sheet, layout, workbook.sgrProductGoals(), (g, h) -> sgrCell(workbook, g, h));
                case SGR_INITIATIVES ->
                    rows(sheet, layout, workbook.sgrInitiatives(), (i, h) -> initiativeCell(workbook, i, h));
            }
            sheet.finish();
        }
        xlsx.finish();
    }

    private static void header(Worksheet sheet, SheetLayout layout) {
        int last = Math.max(layout.headers().size() - 1, 0);
        List<TitleCell> titles = layout.titles();
        for (int i = 0; i < titles.size(); i++) {
            TitleCell title = titles.get(i);
            sheet.value(0, title.column(), title.text());
            sheet.style(0, title.column()).bold().set();
            // DNP merges each title over its columns, up to the next title
            int end = i + 1 < titles.size() ? titles.get(i + 1).column() - 1 : last;
            if (end > title.column()) {
                sheet.range(0, title.column(), 0, end).merge();
            }
        }
        for (int c = 0; c < layout.headers().size(); c++) {
            sheet.value(1, c, layout.headers().get(c));
            sheet.style(1, c).bold().wrapText(true).set();
        }
        if (!layout.headers().isEmpty()) {
            sheet.setAutoFilter(1, 0, last);
        }
        sheet.freezePane(0, 2);
    }

    private static <T> void rows(
            Worksheet sheet, SheetLayout layout, List<T> items, BiFunction<T, String, Object> cell) {
        int row = 2;
        for (T item : items) {
            for (int c = 0; c < layout.headers().size(); c++) {
                put(sheet, row, c, cell.apply(item, layout.headers().get(c)));
            }
            row++;
        }
    }

    private static void put(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof BigDecimal number) {
            sheet.value(row, column, number);
        } else if (value instanceof String text) {
            sheet.value(row, column, text);
        }
    }

    private static Object lineCell(SisptWorkbook wb, StrategicLine line, String header) {
        Object common = common(wb, header);
        if (common != null) {
            return common;
        }
        if (same(header, CONSECUTIVE)) {
            return line.code();
        }
        return same(header, LINE) ? line.name() : null;
    }

    private static Object outcomeCell(SisptWorkbook wb, OutcomeGoal goal, String header) {
        Object common = common(wb, header);
        if (common != null) {
            return common;
        }
        return switch (normalize(header)) {
            case "consecutivo" -> goal.code();
            case "linea estrategica" -> lines(goal.lines());
            case "indicador de resultado" -> goal.indicator();
            case "esta en el plan nacional de desarrollo" -> CellText.yesNo(goal.inNationalPlan());
            case "meta del cuatrienio" -> goal.fourYearTarget();
            case "transformacion del plan nacional de desarrollo" -> goal.transformation();
            default -> null;
        };
    }

    private static Object productCell(SisptWorkbook wb, ProductGoal goal, String header) {
        Object common = common(wb, header);
        if (common != null) {
            return common;
        }
        Headers.Yearly yearly = Headers.yearly(header);
        if (yearly != null) {
            return yearlyCell(goal, yearly);
        }
        Object fixed = goalCell(
                header,
                goal.mga(),
                goal.customName(),
                goal.unit(),
                goal.fourYearTarget(),
                goal.principal(),
                goal.odsCode(),
                goal.odsName(),
                goal.accumulation(),
                goal.bpins());
        if (fixed != null) {
            return fixed;
        }
        return switch (normalize(header)) {
            case "codigo de indicador de producto sispt" -> goal.sisptCode();
            case "linea estrategica" -> lines(goal.lines());
            default -> other(goal.otherColumns(), header);
        };
    }

    private static Object yearlyCell(ProductGoal goal, Headers.Yearly yearly) {
        if (same(yearly.name(), PROGRAMMING_PREFIX)) {
            return goal.yearlyTargets().get(yearly.year());
        }
        YearlyCost cost = goal.cost(yearly.year()).orElse(null);
        if (cost == null) {
            return null;
        }
        if (same(yearly.name(), TOTAL_PREFIX)) {
            return cost.fileTotal();
        }
        return cost.bySource().entrySet().stream()
                .filter(e -> same(e.getKey(), yearly.name()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static Object sgrCell(SisptWorkbook wb, SgrProductGoal goal, String header) {
        Object common = common(wb, header);
        if (common != null) {
            return common;
        }
        Headers.Biennial biennial = Headers.biennial(header);
        if (biennial != null && same(biennial.name(), PROGRAMMING_PREFIX)) {
            return goal.bienniumTargets().get(biennial.biennium());
        }
        if (biennial != null && same(biennial.name(), SGR_RESOURCES_PREFIX)) {
            return goal.sgrResources().get(biennial.biennium());
        }
        Object fixed = goalCell(
                header,
                goal.mga(),
                goal.customName(),
                goal.unit(),
                goal.fourYearTarget(),
                goal.principal(),
                goal.odsCode(),
                goal.odsName(),
                goal.accumulation(),
                goal.bpins());
        if (fixed != null) {
            return fixed;
        }
        return switch (normalize(header)) {
            case "codigo de indicador de producto sgr sispt" -> goal.sisptCode();
            case "iniciativa del sgr" -> goal.initiative();
            case "personalizacion de indicador de producto sgr" -> goal.customName();
            case "cofinanciado con presupuesto ordinario" -> CellText.yesNo(goal.cofinancedWithOrdinaryBudget());
            default -> other(goal.otherColumns(), header);
        };
    }

    private static Object initiativeCell(SisptWorkbook wb, SgrInitiative initiative, String header) {
        Object common = common(wb, header);
        if (common != null) {
            return common;
        }
        return switch (normalize(header)) {
            case "consecutivo" -> initiative.code();
            case "linea estrategica" -> lines(initiative.lines());
            case "tipo de iniciativa" -> initiative.initiativeType();
            case "sector mga" -> initiative.sectorName();
            case "iniciativa del sgr" -> initiative.name();
            case "recursos sgr indicativos" -> initiative.indicativeResources();
            case "bpin" -> bpins(initiative.bpins());
            default -> null;
        };
    }

    /** The columns every sheet starts with: the entity and the plan, the same on every row. */
    private static Object common(SisptWorkbook wb, String header) {
        return switch (normalize(header)) {
            case "codigo dane" -> wb.organization().daneCode();
            case "entidad territorial" -> wb.organization().name();
            case "nombre del plan" -> wb.planName();
            default -> null;
        };
    }

    /** The columns the ordinary and the SGR product goals share. */
    private static Object goalCell(
            String header,
            Mga mga,
            String customName,
            String unit,
            BigDecimal fourYearTarget,
            Boolean principal,
            String odsCode,
            String odsName,
            String accumulation,
            List<String> bpins) {
        return switch (normalize(header)) {
            case "codigo del sector" -> mga.sectorCode();
            case "sector mga" -> mga.sectorName();
            case "codigo del programa mga" -> mga.programCode();
            case "programa mga" -> mga.programName();
            case "codigo del producto mga" -> mga.productCode();
            case "producto mga" -> mga.productName();
            case "codigo de indicador de producto mga" -> mga.indicatorCode();
            case "indicador de producto mga" -> mga.indicatorName();
            case "personalizacion de indicador de producto" -> customName;
            case "unidad de medida" -> unit;
            case "meta del cuatrienio" -> fourYearTarget;
            case "principal" -> CellText.yesNo(principal);
            // DNP writes the ODS code as a number
            case "codigo de ods" -> asNumberIfPlain(odsCode);
            case "ods" -> odsName;
            case "tipo de acumulacion" -> accumulation;
            case "bpin" -> bpins(bpins);
            default -> null;
        };
    }

    /** A column the reader did not know, kept as text: written as a number when it is a plain one. */
    private static Object other(Map<String, String> others, String header) {
        return asNumberIfPlain(others.get(header));
    }

    /** "45569.49467450231" and "2" become numbers; "04" (a code) and "1,5" stay text. */
    private static Object asNumberIfPlain(String text) {
        if (text == null || !text.matches("-?(0|[1-9]\\d*)(\\.\\d+)?")) {
            return text;
        }
        return new BigDecimal(text);
    }

    private static String lines(List<LineRef> lines) {
        return lines.isEmpty() ? null : lines.stream().map(LineRef::text).collect(Collectors.joining(","));
    }

    private static String bpins(List<String> bpins) {
        return bpins.isEmpty() ? null : String.join(",", bpins);
    }

    /** fastexcel closes the stream it writes to; the caller owns it. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
