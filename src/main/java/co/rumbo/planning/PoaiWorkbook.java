package co.rumbo.planning;

import java.io.IOException;
import java.io.OutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The POAI as an xlsx workbook: one sheet by project and source, one with the totals by source. */
public final class PoaiWorkbook {

    private PoaiWorkbook() {}

    public static void write(AnnualInvestmentPlans.Poai poai, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Rumbo", "1.0");
        Worksheet ws = wb.newWorksheet("POAI " + poai.year());
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
        wb.finish();
    }
}
