package co.rumbo.dashboard.web;

import co.rumbo.calendar.SpanishNames;
import co.rumbo.dashboard.Dashboard;
import co.rumbo.dashboard.Financial;
import co.rumbo.dashboard.GoalFigures;
import co.rumbo.dashboard.GroupFigures;
import co.rumbo.dashboard.GroupKind;
import co.rumbo.dashboard.OfficeLagging;
import co.rumbo.dashboard.PlanFigures;
import co.rumbo.platform.web.Downloads;
import co.rumbo.platform.web.Formats;
import co.rumbo.progress.GoalState;
import co.rumbo.progress.TrafficLight;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The tablero as files: the whole of it as an Excel workbook (one sheet per part, figures as numbers
 * with percent formats so they can be worked on) and a one-document summary as PDF, rendered from a
 * Thymeleaf template with an embedded font so that accents print on any machine.
 */
@Component
class DashboardExports {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType PDF = MediaType.APPLICATION_PDF;

    private static final Locale ES_CO = Locale.forLanguageTag("es-CO");
    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final String PERCENT = "0.0%";
    private static final String MONEY = "#,##0";
    private static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Formats formats;
    private final Clock clock;

    DashboardExports(ITemplateEngine templates, MessageSource messages, Formats formats, ObjectProvider<Clock> clock) {
        this.templates = templates;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock.getIfAvailable(() -> Clock.system(BOGOTA));
    }

    static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String fileName) {
        return Downloads.attachment(content, type, fileName);
    }

    /** {@code tablero-25799-2025-09.xlsx}: the DANE code and the cut say what the file is. */
    String fileName(Dashboard dashboard, String extension) {
        return "tablero-%s-%s.%s".formatted(dashboard.plan().daneCode(), dashboard.cut(), extension);
    }

    /** The cut as people say it: "septiembre de 2025". */
    static String cutLabel(Dashboard dashboard) {
        return SpanishNames.month(dashboard.cut());
    }

    String generatedAt() {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(LocalDateTime.now(clock.withZone(BOGOTA)));
    }

    // ---------------------------------------------------------------- xlsx

    byte[] workbook(Dashboard d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Rumbo", "1.0");
            summarySheet(wb.newWorksheet("Resumen"), d);
            for (GroupKind kind : GroupKind.values()) {
                groupSheet(wb.newWorksheet(kind.plural()), kind, d.groups(kind));
            }
            goalSheet(wb.newWorksheet("Metas"), d.goals());
            alertSheet(wb.newWorksheet("Alertas"), d);
            laggingSheet(wb.newWorksheet("Rezagadas"), d.lagging());
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir el libro del tablero", e);
        }
        return out.toByteArray();
    }

    private void summarySheet(Worksheet ws, Dashboard d) {
        PlanFigures f = d.figures();
        ws.value(0, 0, "Tablero de control");
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
        r = pair(ws, r, "Corte", d.cut() + " (" + cutLabel(d) + ")");
        r = pair(ws, r, "Generado", generatedAt());
        r++;
        r = ratioPair(ws, r, "Avance sobre el total del cuatrienio", f.progressTotal());
        r = ratioPair(ws, r, "Avance a la fecha", f.progressToCut());
        r = ratioPair(ws, r, "Avance esperado al corte", f.expectedToCut());
        r = pair(ws, r, "Semáforo", light(f.trafficLight()));
        ws.value(r, 0, "Metas");
        ws.value(r++, 1, f.goals());
        ws.value(r, 0, "Metas rezagadas (no iniciadas + atrasadas)");
        ws.value(r++, 1, f.lagging());
        r++;
        ws.value(r, 0, "Estado");
        ws.value(r, 1, "Metas");
        ws.style(r, 0).bold().set();
        ws.style(r, 1).bold().set();
        r++;
        for (GoalState state : GoalState.values()) {
            ws.value(r, 0, state(state));
            ws.value(r++, 1, f.count(state));
        }
        r++;
        Financial money = f.financial();
        ws.value(r, 0, "Ejecución financiera hasta " + d.cut().getYear());
        ws.style(r++, 0).bold().set();
        r = moneyPair(ws, r, "Costo programado (Plan Plurianual)", money.programmedCost());
        r = moneyPair(ws, r, "Compromisos", money.commitments());
        r = moneyPair(ws, r, "Obligaciones", money.obligations());
        r = moneyPair(ws, r, "Pagos", money.payments());
        r = ratioPair(ws, r, "Compromisos / costo programado", money.commitmentsRatio());
        ratioPair(ws, r, "Obligaciones / costo programado", money.obligationsRatio());
        ws.width(0, 45);
        ws.width(1, 40);
    }

    private void groupSheet(Worksheet ws, GroupKind kind, List<GroupFigures> groups) {
        List<String> headers = new java.util.ArrayList<>(List.of(
                "Código",
                kind.label(),
                "Ponderación",
                "Avance a la fecha",
                "Avance sobre el total",
                "Avance esperado",
                "Semáforo",
                "Metas"));
        for (GoalState state : GoalState.values()) {
            headers.add(state(state));
        }
        headers.addAll(List.of(
                "Rezagadas",
                "Costo programado",
                "Compromisos",
                "Obligaciones",
                "Compromisos / costo",
                "Obligaciones / costo"));
        header(ws, headers);
        int r = 1;
        for (GroupFigures g : groups) {
            int c = 0;
            text(ws, r, c++, g.code());
            ws.value(r, c++, g.name());
            number(ws, r, c++, g.weight());
            percent(ws, r, c++, g.score());
            percent(ws, r, c++, g.scoreTotal());
            percent(ws, r, c++, g.expectedToCut());
            ws.value(r, c++, light(g.trafficLight()));
            ws.value(r, c++, g.goals());
            for (GoalState state : GoalState.values()) {
                ws.value(r, c++, g.count(state));
            }
            ws.value(r, c++, g.lagging());
            c = money(ws, r, c, g.financial());
            r++;
        }
        ws.width(1, 50);
        ws.freezePane(2, 1);
    }

    private void goalSheet(Worksheet ws, List<GoalFigures> goals) {
        header(
                ws,
                List.of(
                        "Código SisPT",
                        "Meta",
                        "Presupuesto",
                        "Dependencia",
                        "Líneas",
                        "Sector",
                        "Programa",
                        "Tipo",
                        "Estado",
                        "Semáforo",
                        "Avance a la fecha",
                        "Avance sobre el total",
                        "Avance esperado",
                        "Meta al corte (T)",
                        "Valor al corte (V)",
                        "Meta total (TT)",
                        "Estado en el año",
                        "Avance en el año",
                        "Costo programado",
                        "Compromisos",
                        "Obligaciones",
                        "Compromisos / costo",
                        "Obligaciones / costo",
                        "Observaciones"));
        int r = 1;
        for (GoalFigures g : goals) {
            int c = 0;
            ws.value(r, c++, g.sisptCode());
            ws.value(r, c++, g.name());
            ws.value(r, c++, g.budgetKind());
            text(ws, r, c++, g.officeName());
            ws.value(r, c++, String.join(", ", g.lineCodes()));
            text(ws, r, c++, g.sectorCode() == null ? null : g.sectorCode() + " " + nullToEmpty(g.sectorName()));
            text(ws, r, c++, g.programCode() == null ? null : g.programCode() + " " + nullToEmpty(g.programName()));
            ws.value(r, c++, g.programmingType().name());
            text(ws, r, c++, g.state() == null ? null : state(g.state()));
            ws.value(r, c++, light(g.trafficLight()));
            percent(ws, r, c++, g.progressToCut());
            percent(ws, r, c++, g.progressTotal());
            percent(ws, r, c++, g.expectedToCut());
            number(ws, r, c++, g.targetToCut());
            number(ws, r, c++, g.valueToCut());
            number(ws, r, c++, g.targetTotal());
            text(ws, r, c++, g.yearState() == null ? null : state(g.yearState()));
            percent(ws, r, c++, g.yearProgressToCut());
            c = money(ws, r, c, g.financial());
            List<String> notes = new java.util.ArrayList<>();
            if (g.problem() != null) notes.add(g.problem());
            notes.addAll(g.warnings());
            text(ws, r, c, notes.isEmpty() ? null : String.join(" ", notes));
            r++;
        }
        ws.width(1, 60);
        ws.width(3, 30);
        ws.freezePane(2, 1);
    }

    private void alertSheet(Worksheet ws, Dashboard d) {
        header(
                ws,
                List.of(
                        "Alerta",
                        "Código SisPT",
                        "Meta",
                        "Dependencia",
                        "Estado",
                        "Avance a la fecha",
                        "Costo programado",
                        "Compromisos"));
        int r = 1;
        r = alertRows(ws, r, "Compromisos sin avance físico", d.moneyWithoutProgress());
        alertRows(ws, r, "Avance físico sin compromisos", d.progressWithoutMoney());
        ws.width(0, 32);
        ws.width(2, 60);
    }

    private int alertRows(Worksheet ws, int r, String alert, List<GoalFigures> goals) {
        for (GoalFigures g : goals) {
            ws.value(r, 0, alert);
            ws.value(r, 1, g.sisptCode());
            ws.value(r, 2, g.name());
            text(ws, r, 3, g.officeName());
            text(ws, r, 4, g.state() == null ? null : state(g.state()));
            percent(ws, r, 5, g.progressToCut());
            amount(ws, r, 6, g.financial().programmedCost());
            amount(ws, r, 7, g.financial().commitments());
            r++;
        }
        return r;
    }

    private void laggingSheet(Worksheet ws, List<OfficeLagging> lagging) {
        header(ws, List.of("Dependencia", "Código SisPT", "Meta", "Estado", "Semáforo", "Avance a la fecha"));
        int r = 1;
        for (OfficeLagging office : lagging) {
            for (GoalFigures g : office.goals()) {
                ws.value(r, 0, office.officeName());
                ws.value(r, 1, g.sisptCode());
                ws.value(r, 2, g.name());
                ws.value(r, 3, state(g.state()));
                ws.value(r, 4, light(g.trafficLight()));
                percent(ws, r, 5, g.progressToCut());
                r++;
            }
        }
        ws.width(0, 35);
        ws.width(2, 60);
    }

    private int money(Worksheet ws, int r, int c, Financial money) {
        amount(ws, r, c++, money.programmedCost());
        amount(ws, r, c++, money.commitments());
        amount(ws, r, c++, money.obligations());
        percent(ws, r, c++, money.commitmentsRatio());
        percent(ws, r, c++, money.obligationsRatio());
        return c;
    }

    private static void header(Worksheet ws, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
        }
        ws.range(0, 0, 0, headers.size() - 1).style().bold().wrapText(true).set();
    }

    private static int pair(Worksheet ws, int r, String label, String value) {
        ws.value(r, 0, label);
        ws.value(r, 1, value);
        return r + 1;
    }

    private static int ratioPair(Worksheet ws, int r, String label, BigDecimal value) {
        ws.value(r, 0, label);
        percent(ws, r, 1, value);
        return r + 1;
    }

    private static int moneyPair(Worksheet ws, int r, String label, BigDecimal value) {
        ws.value(r, 0, label);
        amount(ws, r, 1, value);
        return r + 1;
    }

    // A blank figure stays an empty cell: "no figure" must never read as 0.
    private static void percent(Worksheet ws, int r, int c, BigDecimal ratio) {
        if (ratio != null) {
            ws.value(r, c, ratio.doubleValue());
            ws.style(r, c).format(PERCENT).set();
        }
    }

    private static void amount(Worksheet ws, int r, int c, BigDecimal amount) {
        if (amount != null) {
            ws.value(r, c, amount);
            ws.style(r, c).format(MONEY).set();
        }
    }

    private static void number(Worksheet ws, int r, int c, BigDecimal value) {
        if (value != null) {
            ws.value(r, c, value);
        }
    }

    private static void text(Worksheet ws, int r, int c, String value) {
        if (value != null) {
            ws.value(r, c, value);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    String state(GoalState state) {
        return messages.getMessage("dashboard.state." + state.name(), null, state.name(), ES_CO);
    }

    String light(TrafficLight light) {
        return messages.getMessage("dashboard.light." + light.name(), null, light.name(), ES_CO);
    }

    // ---------------------------------------------------------------- pdf

    byte[] summaryPdf(Dashboard d) {
        Context context = new Context(ES_CO);
        context.setVariable("d", d);
        context.setVariable("fmt", formats);
        context.setVariable("cutLabel", cutLabel(d));
        context.setVariable("generatedAt", generatedAt());
        context.setVariable("states", GoalState.values());
        String html = templates.process("dashboard/summary-pdf", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Rumbo");
            builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo generar el PDF del tablero", e);
        }
        return out.toByteArray();
    }

    private static java.io.InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Falta la fuente " + path, e);
        }
    }
}
