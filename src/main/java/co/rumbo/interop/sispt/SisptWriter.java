package co.rumbo.interop.sispt;

import static co.rumbo.interop.sispt.Headers.*;

import co.rumbo.interop.sispt.SisptLayout.SheetLayout;
import co.rumbo.interop.sispt.SisptLayout.TitleCell;
import co.rumbo.interop.sispt.SisptWorkbook.AnyProductGoal;
import co.rumbo.interop.sispt.SisptWorkbook.LineRef;
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
import java.util.function.Function;
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
                case STRATEGIC_LINES -> rows(sheet, layout, workbook.strategicLines(), h -> lineColumn(workbook, h));
                case OUTCOME_GOALS -> rows(sheet, layout, workbook.outcomeGoals(), h -> outcomeColumn(workbook, h));
                case PRODUCT_GOALS -> rows(sheet, layout, workbook.productGoals(), h -> productColumn(workbook, h));
                case SGR_PRODUCT_GOALS -> rows(sheet, layout, workbook.sgrProductGoals(), h -> sgrColumn(workbook, h));
                case SGR_INITIATIVES ->
                    rows(sheet, layout, workbook.sgrInitiatives(), h -> initiativeColumn(workbook, h));
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

    /**
     * Writes the rows from row 3.
     *
     * @param columnFor what a column holds, given its header: resolved once per column, not per cell
     */
    private static <T> void rows(
            Worksheet sheet, SheetLayout layout, List<T> items, Function<String, Function<T, Object>> columnFor) {
        List<Function<T, Object>> columns =
                layout.headers().stream().map(columnFor).toList();
        int row = 2;
        for (T item : items) {
            for (int c = 0; c < columns.size(); c++) {
                put(sheet, row, c, columns.get(c).apply(item));
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

    private static Function<StrategicLine, Object> lineColumn(SisptWorkbook wb, String header) {
        return switch (normalize(header)) {
            case "consecutivo" -> StrategicLine::code;
            case "linea estrategica" -> StrategicLine::name;
            default -> common(wb, header);
        };
    }

    private static Function<OutcomeGoal, Object> outcomeColumn(SisptWorkbook wb, String header) {
        return switch (normalize(header)) {
            case "consecutivo" -> OutcomeGoal::code;
            case "linea estrategica" -> g -> lines(g.lines());
            case "indicador de resultado" -> OutcomeGoal::indicator;
            case "esta en el plan nacional de desarrollo" -> g -> CellText.yesNo(g.inNationalPlan());
            case "meta del cuatrienio" -> OutcomeGoal::fourYearTarget;
            case "transformacion del plan nacional de desarrollo" -> OutcomeGoal::transformation;
            default -> common(wb, header);
        };
    }

    private static Function<ProductGoal, Object> productColumn(SisptWorkbook wb, String header) {
        Headers.Yearly yearly = Headers.yearly(header);
        if (yearly != null) {
            return yearlyColumn(yearly);
        }
        return switch (normalize(header)) {
            case "linea estrategica" -> g -> lines(g.lines());
            default -> sharedColumn(wb, header);
        };
    }

    private static Function<ProductGoal, Object> yearlyColumn(Headers.Yearly yearly) {
        int year = yearly.year();
        if (same(yearly.name(), PROGRAMMING_PREFIX)) {
            return g -> g.yearlyTargets().get(year);
        }
        if (same(yearly.name(), TOTAL_PREFIX)) {
            return g -> g.cost(year).map(YearlyCost::fileTotal).orElse(null);
        }
        return g -> g.cost(year).map(c -> amount(c, yearly.name())).orElse(null);
    }

    /** A source's cell as read (blank stays blank), its name compared as a header. */
    private static BigDecimal amount(YearlyCost cost, String source) {
        BigDecimal amount = cost.bySource().get(source);
        if (amount != null) {
            return amount;
        }
        return cost.bySource().entrySet().stream()
                .filter(e -> same(e.getKey(), source))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static Function<SgrProductGoal, Object> sgrColumn(SisptWorkbook wb, String header) {
        Headers.Biennial biennial = Headers.biennial(header);
        if (biennial != null && same(biennial.name(), PROGRAMMING_PREFIX)) {
            return g -> g.bienniumTargets().get(biennial.biennium());
        }
        if (biennial != null && same(biennial.name(), SGR_RESOURCES_PREFIX)) {
            return g -> g.sgrResources().get(biennial.biennium());
        }
        return switch (normalize(header)) {
            case "iniciativa del sgr" -> SgrProductGoal::initiative;
            case "personalizacion de indicador de producto sgr" -> SgrProductGoal::customName;
            case "cofinanciado con presupuesto ordinario" -> g -> CellText.yesNo(g.cofinancedWithOrdinaryBudget());
            default -> sharedColumn(wb, header);
        };
    }

    private static Function<SgrInitiative, Object> initiativeColumn(SisptWorkbook wb, String header) {
        return switch (normalize(header)) {
            case "consecutivo" -> SgrInitiative::code;
            case "linea estrategica" -> i -> lines(i.lines());
            case "tipo de iniciativa" -> SgrInitiative::initiativeType;
            case "sector mga" -> SgrInitiative::sectorName;
            case "iniciativa del sgr" -> SgrInitiative::name;
            case "recursos sgr indicativos" -> SgrInitiative::indicativeResources;
            case "bpin" -> i -> bpins(i.bpins());
            default -> common(wb, header);
        };
    }

    /** The columns the product goals of both sheets share; unknown ones are written as read. */
    private static <G extends AnyProductGoal> Function<G, Object> sharedColumn(SisptWorkbook wb, String header) {
        return switch (normalize(header)) {
            case "codigo de indicador de producto sispt", "codigo de indicador de producto sgr sispt" -> G::sisptCode;
            case "codigo del sector" -> g -> g.mga().sectorCode();
            case "sector mga" -> g -> g.mga().sectorName();
            case "codigo del programa mga" -> g -> g.mga().programCode();
            case "programa mga" -> g -> g.mga().programName();
            case "codigo del producto mga" -> g -> g.mga().productCode();
            case "producto mga" -> g -> g.mga().productName();
            case "codigo de indicador de producto mga" -> g -> g.mga().indicatorCode();
            case "indicador de producto mga" -> g -> g.mga().indicatorName();
            case "personalizacion de indicador de producto" -> G::customName;
            case "unidad de medida" -> G::unit;
            case "meta del cuatrienio" -> G::fourYearTarget;
            case "principal" -> g -> CellText.yesNo(g.principal());
            // DNP writes the ODS code as a number
            case "codigo de ods" -> g -> asNumberIfPlain(g.odsCode());
            case "ods" -> G::odsName;
            case "tipo de acumulacion" -> G::accumulation;
            case "bpin" -> g -> bpins(g.bpins());
            // a column the reader did not know is written as it was read
            default -> common(wb, header, g -> asNumberIfPlain(g.otherColumns().get(header)));
        };
    }

    /** The columns every sheet starts with: the entity and the plan, the same on every row. */
    private static <T> Function<T, Object> common(SisptWorkbook wb, String header) {
        return common(wb, header, item -> null);
    }

    private static <T> Function<T, Object> common(SisptWorkbook wb, String header, Function<T, Object> otherwise) {
        return switch (normalize(header)) {
            case "codigo dane" -> item -> wb.organization().daneCode();
            case "entidad territorial" -> item -> wb.organization().name();
            case "nombre del plan" -> item -> wb.planName();
            default -> otherwise;
        };
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
