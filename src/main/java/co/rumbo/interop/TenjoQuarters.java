package co.rumbo.interop;

import co.rumbo.interop.tenjo.TenjoQuarter;
import co.rumbo.interop.tenjo.TenjoWorkbook;
import co.rumbo.interop.tenjo.TenjoWorkbookReader;
import co.rumbo.interop.tenjo.TenjoWorkbookReading;
import co.rumbo.structure.GoalSummary;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The quarterly planned and executed values of each goal of Tenjo's plan, as Tenjo's own workbook
 * has them ("T1. PLANEADO 2025", "T1. EJECUTADO 2025"…), exact and in the workbook's units, for the
 * demo's action plans and capture sheets. Only the pairs confirmed by BPIN ({@link TenjoPairing}).
 */
public final class TenjoQuarters {

    private TenjoQuarters() {}

    /**
     * One goal's quarters by year: four values each (quarter 1 to 4), null where the cell is blank.
     * A year the workbook has no columns for is absent.
     */
    public record GoalQuarters(
            UUID goalId,
            String sisptCode,
            Map<Integer, List<BigDecimal>> planned,
            Map<Integer, List<BigDecimal>> executed) {

        public GoalQuarters {
            planned = Collections.unmodifiableMap(new TreeMap<>(planned));
            executed = Collections.unmodifiableMap(new TreeMap<>(executed));
        }

        /** The year's planned quarters (nulls for blanks), or four nulls when the workbook has no such year. */
        public List<BigDecimal> planned(int year) {
            return planned.getOrDefault(year, Arrays.asList(null, null, null, null));
        }

        /** The year's executed quarters (nulls for blanks), or four nulls when the workbook has no such year. */
        public List<BigDecimal> executed(int year) {
            return executed.getOrDefault(year, Arrays.asList(null, null, null, null));
        }
    }

    /** Reads the workbook and pairs its rows with the plan's goals; rows whose BPIN differs are left out. */
    public static List<GoalQuarters> read(List<GoalSummary> goals, InputStream workbook) {
        TenjoWorkbookReading reading = new TenjoWorkbookReader().read(workbook);
        TenjoWorkbook content = reading.content()
                .orElseThrow(
                        () -> new IllegalArgumentException("El libro de Tenjo no se puede leer: " + reading.issues()));
        List<GoalQuarters> result = new ArrayList<>();
        for (TenjoPairing.Pair pair : TenjoPairing.pair(goals, content)) {
            if (!pair.bpinMatches()) continue;
            Map<Integer, List<BigDecimal>> planned = new TreeMap<>();
            Map<Integer, List<BigDecimal>> executed = new TreeMap<>();
            for (TenjoQuarter q : pair.row().quarters()) {
                planned.computeIfAbsent(q.year(), y -> Arrays.asList(null, null, null, null))
                        .set(q.quarter() - 1, q.planned());
                executed.computeIfAbsent(q.year(), y -> Arrays.asList(null, null, null, null))
                        .set(q.quarter() - 1, q.executed());
            }
            planned.replaceAll((y, l) -> Collections.unmodifiableList(l));
            executed.replaceAll((y, l) -> Collections.unmodifiableList(l));
            result.add(new GoalQuarters(pair.goal().id(), pair.goal().sisptCode(), planned, executed));
        }
        return List.copyOf(result);
    }
}
