package co.rumbo.interop;

import co.rumbo.interop.tenjo.TenjoWorkbook;
import co.rumbo.interop.tenjo.TenjoWorkbookReader;
import co.rumbo.interop.tenjo.TenjoWorkbookReading;
import co.rumbo.structure.GoalSummary;
import java.io.InputStream;
import java.util.List;

/** The responsible office (column RESPONSABLE) of each goal of Tenjo's plan, from Tenjo's own workbook. */
public final class TenjoOffices {

    private TenjoOffices() {}

    /** A goal's responsible office as the workbook names it, and whether the pairing was confirmed by BPIN. */
    public record Responsible(String sisptCode, String officeName, boolean bpinMatches, boolean productCodeMatches) {}

    /** Reads the workbook and pairs its rows with the plan's goals ({@link TenjoPairing}). */
    public static List<Responsible> read(List<GoalSummary> goals, InputStream workbook) {
        TenjoWorkbookReading reading = new TenjoWorkbookReader().read(workbook);
        TenjoWorkbook content = reading.content()
                .orElseThrow(
                        () -> new IllegalArgumentException("El libro de Tenjo no se puede leer: " + reading.issues()));
        return TenjoPairing.pair(goals, content).stream()
                .map(p -> new Responsible(
                        p.goal().sisptCode(),
                        p.row().office() == null ? null : p.row().office().name(),
                        p.bpinMatches(),
                        p.productCodeMatches()))
                .toList();
    }
}
