package co.rumbo.interop;

import co.rumbo.interop.tenjo.TenjoGoalRow;
import co.rumbo.interop.tenjo.TenjoWorkbook;
import co.rumbo.structure.GoalSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Pairs Tenjo's own Plan Indicativo workbook with the goals of its SisPT plan.
 *
 * <p>The workbook's rows are NOT in the SisPT file's row order (that file is sorted by line and
 * sector): they follow the goal number, which is the rank of the SisPT code (IP-1, IP-2, … by number;
 * the codes have gaps). Pairing by that rank and checking by BPIN matches all 331 goals; the MGA
 * product code disagrees on 65 rows because the workbook's code column is shifted for goals 248–325,
 * so it is reported, not used.
 */
public final class TenjoPairing {

    private TenjoPairing() {}

    /** One goal of the plan and its row in the workbook. */
    public record Pair(GoalSummary goal, TenjoGoalRow row, boolean bpinMatches, boolean productCodeMatches) {}

    /** Pairs the ordinary-budget goals (ranked by SisPT number) with the workbook's rows in order. */
    public static List<Pair> pair(List<GoalSummary> goals, TenjoWorkbook workbook) {
        List<GoalSummary> ranked = goals.stream()
                .filter(g -> g.budgetKind() == co.rumbo.structure.BudgetKind.ORDINARIO)
                .sorted(Comparator.comparingInt(TenjoPairing::number))
                .toList();
        List<TenjoGoalRow> rows = workbook.goals().stream()
                .sorted(Comparator.comparingInt(r -> parseOr(r.goal().goalNumber(), Integer.MAX_VALUE)))
                .toList();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < Math.min(ranked.size(), rows.size()); i++) {
            GoalSummary g = ranked.get(i);
            TenjoGoalRow row = rows.get(i);
            boolean bpin = row.goal().bpin() != null
                    && g.bpins().contains(row.goal().bpin().trim());
            boolean product = Objects.equals(g.productCode(), row.goal().productCode());
            pairs.add(new Pair(g, row, bpin, product));
        }
        return pairs;
    }

    static int number(GoalSummary g) {
        return parseOr(g.sisptCode().replaceAll("\\D", ""), Integer.MAX_VALUE);
    }

    private static int parseOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
