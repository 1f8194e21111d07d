package co.rumbo.dashboard.report;

import co.rumbo.dashboard.Dashboard;
import co.rumbo.dashboard.Financial;
import co.rumbo.dashboard.GoalFigures;
import co.rumbo.dashboard.GroupFigures;
import co.rumbo.dashboard.OfficeLagging;
import co.rumbo.dashboard.PlanFigures;
import co.rumbo.dashboard.report.ReportContent.BudgetRow;
import co.rumbo.dashboard.report.ReportContent.CumulativeGoal;
import co.rumbo.dashboard.report.ReportContent.Inconsistency;
import co.rumbo.dashboard.report.ReportContent.OfficeDelay;
import co.rumbo.dashboard.report.ReportContent.Reporting;
import co.rumbo.platform.web.Formats;
import co.rumbo.progress.GoalState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * A report as an Excel workbook: one sheet per part, every figure a number (money exact to the
 * centavo, ratios at the engine's full precision with a percent format) so that it can be worked on
 * and checked against the tablero. A blank figure is an empty cell, never 0.
 */
@Component
public class ReportWorkbook {

    public static final String SUMMARY = "Resumen";
    public static final String LINES = "Líneas estratégicas";
    public static final String OFFICES = "Dependencias";
    public static final String REPORTING = "Reporte de las hojas";
    public static final String BUDGET = "Ejecución por proyecto";
    public static final String LAGGING = "Rezagadas";
    public static final String INCONSISTENCIES = "Inconsistencias";
    public static final String DELAYS = "Dependencias con retraso";
    public static final String CUMULATIVE = "Rezagadas del año";

    private static final String PERCENT = "0.0%";
    private static final String MONEY = "#,##0.00";

    private final ReportText text;
    private final Formats fmt;

    ReportWorkbook(ReportText text, Formats fmt) {
        this.text = text;
        this.fmt = fmt;
    }

    public byte[] write(ReportContent c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Rumbo", "1.0");
            summary(wb.newWorksheet(SUMMARY), c);
            groups(wb.newWorksheet(LINES), "Línea estratégica", c.dashboard().strategicLines());
            groups(wb.newWorksheet(OFFICES), "Dependencia", c.dashboard().offices());
            reporting(wb.newWorksheet(REPORTING), c.reporting());
            budget(wb.newWorksheet(BUDGET), c);
            if (c.quarterly()) {
                lagging(wb.newWorksheet(LAGGING), c.dashboard().lagging());
                inconsistencies(wb.newWorksheet(INCONSISTENCIES), c.inconsistencies());
                delays(wb.newWorksheet(DELAYS), c.delays());
                if (c.cumulativeYear()) {
                    cumulative(wb.newWorksheet(CUMULATIVE), c);
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir el libro del informe", e);
        }
        return out.toByteArray();
    }

    private void summary(Worksheet ws, ReportContent c) {
        Dashboard d = c.dashboard();
        PlanFigures f = d.figures();
        ws.value(0, 0, c.kind().label());
        ws.style(0, 0).bold().fontSize(14).set();
        int r = 2;
        r = pair(
                ws,
                r,
                "Entidad",
                d.plan().organizationName() + " (DANE " + d.plan().daneCode() + ")");
        r = pair(
                ws,
                r,
                "Plan",
                d.plan().name() + " (" + d.plan().firstYear() + "–" + d.plan().lastYear() + ")");
        r = pair(ws, r, "Periodo", c.period() + " (" + text.periodLabel(c.period()) + ")");
        r = pair(ws, r, "Corte", c.cut() + " (" + text.monthLabel(c.cut()) + ")");
        r = pair(
                ws,
                r,
                "Periodos de captura cerrados",
                String.join(
                        ", ", c.capturePeriods().stream().map(Object::toString).toList()));
        ws.value(r, 0, "Versión");
        ws.value(r++, 1, c.number());
        r = pair(ws, r, "Generado", fmt.dateTime(c.generatedAt()));
        r = pair(ws, r, "Generado por", c.generatedBy());
        r++;
        r = ratio(ws, r, "Avance a la fecha", f.progressToCut());
        r = ratio(ws, r, "Avance sobre el total del cuatrienio", f.progressTotal());
        r = ratio(ws, r, "Avance esperado al corte", f.expectedToCut());
        r = pair(ws, r, "Semáforo", text.light(f.trafficLight()));
        ws.value(r, 0, "Metas");
        ws.value(r++, 1, f.goals());
        ws.value(r, 0, "Metas rezagadas (no iniciadas + atrasadas)");
        ws.value(r++, 1, f.lagging());
        for (GoalState state : GoalState.values()) {
            ws.value(r, 0, text.state(state));
            ws.value(r++, 1, f.count(state));
        }
        r++;
        Financial money = f.financial();
        ws.value(r, 0, "Ejecución presupuestal de las metas hasta " + c.cut().getYear());
        ws.style(r++, 0).bold().set();
        r = money(ws, r, "Costo programado (Plan Plurianual)", money.programmedCost());
        r = money(ws, r, "Apropiación", money.appropriation());
        r = money(ws, r, "Compromisos", money.commitments());
        r = money(ws, r, "Obligaciones", money.obligations());
        r = money(ws, r, "Pagos", money.payments());
        r = ratio(ws, r, "% ejecutado (compromisos / apropiación)", money.executionRatio());
        r = ratio(ws, r, "Compromisos / costo programado", money.commitmentsRatio());
        r++;
        ws.value(r, 0, "Hojas de captura");
        ws.style(r++, 0).bold().set();
        ws.value(r, 0, "Hojas aceptadas");
        ws.value(r++, 1, c.reporting().stream().filter(Reporting::accepted).count());
        ws.value(r, 0, "Hojas no reportadas");
        ws.value(r++, 1, c.notReported());
        if (c.quarterly()) {
            ws.value(r, 0, "Inconsistencias");
            ws.value(r++, 1, c.inconsistencies().size());
            ws.value(r, 0, "Dependencias con retraso");
            ws.value(r, 1, c.delays().size());
        }
        ws.width(0, 48);
        ws.width(1, 60);
    }

    /** The column headers of the line and office sheets, in order. */
    public List<String> groupHeaders(String label) {
        List<String> headers = new ArrayList<>(List.of("Código", label, "Ponderación", "Metas"));
        for (GoalState state : GoalState.values()) {
            headers.add(text.state(state));
        }
        headers.addAll(List.of(
                "Rezagadas",
                "Avance a la fecha",
                "Avance sobre el total",
                "Avance esperado",
                "Semáforo",
                "Costo programado",
                "Apropiación",
                "Compromisos",
                "Obligaciones",
                "Pagos",
                "% ejecutado (compromisos / apropiación)",
                "Compromisos / costo programado",
                "Id"));
        return headers;
    }

    private void groups(Worksheet ws, String label, List<GroupFigures> groups) {
        header(ws, groupHeaders(label));
        int r = 1;
        for (GroupFigures g : groups) {
            int c = 0;
            text(ws, r, c++, g.code());
            ws.value(r, c++, g.name());
            number(ws, r, c++, g.weight());
            ws.value(r, c++, g.goals());
            for (GoalState state : GoalState.values()) {
                ws.value(r, c++, g.count(state));
            }
            ws.value(r, c++, g.lagging());
            percent(ws, r, c++, g.score());
            percent(ws, r, c++, g.scoreTotal());
            percent(ws, r, c++, g.expectedToCut());
            ws.value(r, c++, text.light(g.trafficLight()));
            Financial m = g.financial();
            amount(ws, r, c++, m.programmedCost());
            amount(ws, r, c++, m.appropriation());
            amount(ws, r, c++, m.commitments());
            amount(ws, r, c++, m.obligations());
            amount(ws, r, c++, m.payments());
            percent(ws, r, c++, m.executionRatio());
            percent(ws, r, c++, m.commitmentsRatio());
            ws.value(r, c, g.id());
            r++;
        }
        ws.width(1, 45);
        ws.freezePane(2, 1);
    }

    private void reporting(Worksheet ws, List<Reporting> rows) {
        header(
                ws,
                List.of(
                        "Dependencia",
                        "Periodo",
                        "Estado",
                        "Fecha límite",
                        "Enviada el",
                        "Enviada por",
                        "Aceptada el",
                        "Después de la fecha límite",
                        "Rondas",
                        "Metas en la hoja",
                        "Metas con valor"));
        int r = 1;
        for (Reporting s : rows) {
            ws.value(r, 0, s.officeName());
            ws.value(r, 1, s.period().toString());
            ws.value(r, 2, s.status());
            ws.value(r, 3, fmt.date(s.deadline()));
            text(ws, r, 4, s.submittedAt() == null ? null : fmt.dateTime(s.submittedAt()));
            text(ws, r, 5, s.submittedBy());
            text(ws, r, 6, s.accepted() && s.reviewedAt() != null ? fmt.dateTime(s.reviewedAt()) : null);
            ws.value(r, 7, s.late() ? "Sí" : "No");
            ws.value(r, 8, s.round());
            ws.value(r, 9, s.rows());
            ws.value(r, 10, s.filled());
            r++;
        }
        ws.width(0, 40);
    }

    private void budget(Worksheet ws, ReportContent c) {
        ws.value(
                0,
                0,
                "Ejecución presupuestal reportada en las hojas de " + c.budgetPeriod()
                        + " (acumulada del año al cierre del periodo; la cifra de Hacienda prevalece)");
        ws.style(0, 0).bold().set();
        List<String> headers = List.of(
                "Dependencia",
                "BPIN",
                "Fuente",
                "Programado en el plan de acción",
                "Apropiación",
                "Compromisos",
                "Obligaciones",
                "Pagos",
                "% ejecutado (compromisos / apropiación)",
                "Origen",
                "Diferencia con lo escrito por la dependencia");
        for (int i = 0; i < headers.size(); i++) {
            ws.value(1, i, headers.get(i));
        }
        ws.range(1, 0, 1, headers.size() - 1).style().bold().wrapText(true).set();
        int r = 2;
        List<BudgetRow> rows = new ArrayList<>(c.budget());
        if (!rows.isEmpty()) {
            rows.add(c.budgetTotal());
        }
        for (BudgetRow b : rows) {
            ws.value(r, 0, b.officeName());
            text(ws, r, 1, b.projectBpin());
            text(ws, r, 2, b.sourceName());
            amount(ws, r, 3, b.programmed());
            amount(ws, r, 4, b.appropriation());
            amount(ws, r, 5, b.commitments());
            amount(ws, r, 6, b.obligations());
            amount(ws, r, 7, b.payments());
            percent(ws, r, 8, b.executionRatio());
            text(ws, r, 9, b.origin() == null ? null : "HACIENDA".equals(b.origin()) ? "Hacienda" : "Dependencia");
            text(ws, r, 10, b.projectBpin() == null ? null : b.conflict() ? "Sí" : "No");
            r++;
        }
        ws.width(0, 40);
        ws.width(1, 16);
        ws.width(2, 30);
    }

    private void lagging(Worksheet ws, List<OfficeLagging> offices) {
        header(
                ws,
                List.of(
                        "Dependencia",
                        "Código SisPT",
                        "Meta",
                        "Estado",
                        "Semáforo",
                        "Avance a la fecha",
                        "Avance esperado",
                        "Meta al corte (T)",
                        "Valor al corte (V)",
                        "Estado en el año",
                        "Avance en el año"));
        int r = 1;
        for (OfficeLagging office : offices) {
            for (GoalFigures g : office.goals()) {
                ws.value(r, 0, office.officeName() == null ? "Sin dependencia" : office.officeName());
                ws.value(r, 1, g.sisptCode());
                ws.value(r, 2, g.name());
                ws.value(r, 3, text.state(g.state()));
                ws.value(r, 4, text.light(g.trafficLight()));
                percent(ws, r, 5, g.progressToCut());
                percent(ws, r, 6, g.expectedToCut());
                number(ws, r, 7, g.targetToCut());
                number(ws, r, 8, g.valueToCut());
                text(ws, r, 9, g.yearState() == null ? null : text.state(g.yearState()));
                percent(ws, r, 10, g.yearProgressToCut());
                r++;
            }
        }
        ws.width(0, 35);
        ws.width(2, 60);
    }

    private void inconsistencies(Worksheet ws, List<Inconsistency> rows) {
        header(ws, List.of("Tipo", "Dependencia", "Periodo", "Código SisPT", "Meta", "Detalle"));
        int r = 1;
        for (Inconsistency i : rows) {
            ws.value(r, 0, i.kind().label());
            ws.value(r, 1, i.officeName() == null ? "Sin dependencia" : i.officeName());
            text(ws, r, 2, i.period());
            text(ws, r, 3, i.goalCode());
            text(ws, r, 4, i.goalName());
            ws.value(r, 5, i.detail());
            r++;
        }
        ws.width(0, 32);
        ws.width(1, 35);
        ws.width(4, 50);
        ws.width(5, 90);
    }

    private void delays(Worksheet ws, List<OfficeDelay> rows) {
        header(ws, List.of("Dependencia", "Periodos sin reporte", "Entregas tardías", "Metas rezagadas"));
        int r = 1;
        for (OfficeDelay d : rows) {
            ws.value(r, 0, d.officeName());
            ws.value(r, 1, String.join(", ", d.notReported()));
            ws.value(r, 2, String.join(", ", d.late()));
            ws.value(r, 3, d.lagging());
            r++;
        }
        ws.width(0, 40);
        ws.width(1, 25);
        ws.width(2, 25);
    }

    private void cumulative(Worksheet ws, ReportContent c) {
        List<String> headers = new ArrayList<>(List.of("Dependencia", "Código SisPT", "Meta"));
        for (YearMonth cut : c.cumulativeCuts()) {
            headers.add("Estado a " + cut);
        }
        headers.add("Trimestres rezagada");
        header(ws, headers);
        int r = 1;
        for (CumulativeGoal g : c.cumulative()) {
            int col = 0;
            ws.value(r, col++, g.officeName() == null ? "Sin dependencia" : g.officeName());
            ws.value(r, col++, g.goal().sisptCode());
            ws.value(r, col++, g.goal().name());
            for (GoalState state : g.states()) {
                text(ws, r, col++, state == null ? null : text.state(state));
            }
            ws.value(r, col, g.laggingQuarters());
            r++;
        }
        ws.width(0, 35);
        ws.width(2, 60);
    }

    private static void header(Worksheet ws, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
        }
        ws.range(0, 0, 0, headers.size() - 1).style().bold().wrapText(true).set();
    }

    private static int pair(Worksheet ws, int r, String label, String value) {
        ws.value(r, 0, label);
        text(ws, r, 1, value);
        return r + 1;
    }

    private static int ratio(Worksheet ws, int r, String label, BigDecimal value) {
        ws.value(r, 0, label);
        percent(ws, r, 1, value);
        return r + 1;
    }

    private static int money(Worksheet ws, int r, String label, BigDecimal value) {
        ws.value(r, 0, label);
        amount(ws, r, 1, value);
        return r + 1;
    }

    // Exact decimals: the reader gets back the engine's ratio and the peso amounts, digit for digit.
    private static void percent(Worksheet ws, int r, int c, BigDecimal ratio) {
        if (ratio != null) {
            ws.value(r, c, plain(ratio));
            ws.style(r, c).format(PERCENT).set();
        }
    }

    private static void amount(Worksheet ws, int r, int c, BigDecimal amount) {
        if (amount != null) {
            ws.value(r, c, plain(amount));
            ws.style(r, c).format(MONEY).set();
        }
    }

    private static void number(Worksheet ws, int r, int c, BigDecimal value) {
        if (value != null) {
            ws.value(r, c, plain(value));
        }
    }

    private static void text(Worksheet ws, int r, int c, String value) {
        if (value != null) {
            ws.value(r, c, value);
        }
    }

    /** 1E+3 (a stripped 1000) is written 1000. */
    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
