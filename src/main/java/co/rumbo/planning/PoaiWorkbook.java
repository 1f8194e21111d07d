package co.rumbo.planning;

import co.rumbo.platform.web.Formats;
import java.io.IOException;
import java.io.OutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The POAI as an xlsx workbook: one sheet by project and source, one with the totals by source; the
 * version approved with the budget has a third sheet with the act that approved it.
 */
public final class PoaiWorkbook {

    private PoaiWorkbook() {}

    /** The current POAI. */
    public static void write(AnnualInvestmentPlans.Poai poai, OutputStream out) throws IOException {
        write(poai, "POAI " + poai.year(), null, out);
    }

    /** The POAI as approved with the budget, frozen. */
    public static void write(BudgetApprovedPoais.ApprovedPoai approved, Formats formats, OutputStream out)
            throws IOException {
        String[][] about = {
            {"POAI " + approved.year() + " aprobado con el presupuesto", ""},
            {"Acuerdo o decreto", approved.actReference()},
            {"Fecha", formats.date(approved.approvedOn())},
            {
                "Planes de acción aprobados incluidos",
                String.valueOf(approved.poai().approvedPlans())
            },
            {"Guardado por", approved.takenBy()},
            {"Guardado el", formats.dateTime(approved.takenAt())},
        };
        write(approved.poai(), "POAI aprobado " + approved.year(), about, out);
    }

    private static void write(AnnualInvestmentPlans.Poai poai, String sheet, String[][] about, OutputStream out)
            throws IOException {
        Workbook wb = new Workbook(out, "Rumbo", "1.0");
        Worksheet ws = wb.newWorksheet(sheet);
        String[] headers = {
            "BPIN", "Sector", "Nombre del sector", "Programa", "Nombre del programa", "Dependencia", "Fuente", "Valor"
        };
        for (int c = 0; c < headers.length; c++) {
            ws.value(0, c, headers[c]);
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (AnnualInvestmentPlans.PoaiLine l : poai.projects()) {
            ws.value(r, 0, l.projectBpin());
            ws.value(r, 1, l.sectorCode());
            ws.value(r, 2, l.sectorName());
            ws.value(r, 3, l.programCode());
            ws.value(r, 4, l.programName());
            ws.value(r, 5, l.officeName());
            ws.value(r, 6, l.sourceName());
            ws.value(r, 7, l.amount());
            ws.style(r, 7).format("#,##0.00").set();
            r++;
        }
        ws.value(r, 6, "Total");
        ws.value(r, 7, poai.total());
        ws.style(r, 6).bold().set();
        ws.style(r, 7).bold().format("#,##0.00").set();

        Worksheet totals = wb.newWorksheet("Totales por fuente");
        totals.value(0, 0, "Fuente");
        totals.value(0, 1, "Programado");
        totals.value(0, 2, "Techo");
        totals.value(0, 3, "Disponible");
        totals.range(0, 0, 0, 3).style().bold().set();
        int t = 1;
        for (AnnualInvestmentPlans.SourceTotal s : poai.sources()) {
            totals.value(t, 0, s.sourceName());
            totals.value(t, 1, s.amount());
            totals.value(t, 2, s.ceiling());
            totals.value(t, 3, s.ceiling().subtract(s.amount()));
            totals.range(t, 1, t, 3).style().format("#,##0.00").set();
            t++;
        }
        totals.value(t, 0, "Total");
        totals.value(t, 1, poai.total());
        totals.value(t, 2, poai.totalCeiling());
        totals.value(t, 3, poai.totalCeiling().subtract(poai.total()));
        totals.range(t, 0, t, 3).style().bold().format("#,##0.00").set();
        if (about != null) {
            Worksheet act = wb.newWorksheet("Aprobación");
            for (int i = 0; i < about.length; i++) {
                act.value(i, 0, about[i][0]);
                act.value(i, 1, about[i][1]);
            }
            act.style(0, 0).bold().set();
            act.width(0, 40);
            act.width(1, 40);
        }
        wb.finish();
    }
}
