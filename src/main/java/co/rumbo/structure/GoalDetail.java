package co.rumbo.structure;

import java.math.BigDecimal;
import java.util.List;

/** Everything about one product goal, for its page and its edit form. */
public record GoalDetail(
        GoalSummary summary,
        String productCode,
        String productName,
        String accumulationText,
        boolean typeInferred,
        String principal,
        String odsCode,
        String odsName,
        BigDecimal baseline,
        List<LineRef> lines,
        List<CostRow> costs,
        List<String> periods,
        boolean indicatorInCatalogue,
        int version) {

    public GoalDetail {
        lines = List.copyOf(lines);
        costs = List.copyOf(costs);
        periods = List.copyOf(periods);
    }

    public record LineRef(String code, String name) {}

    /** One funding source's cost per period; {@code amounts} follow {@code periods}. */
    public record CostRow(String sourceCode, String sourceName, List<BigDecimal> amounts, BigDecimal total) {}
}
