package co.rumbo.interop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * DNP's yearly figures next to Rumbo's own, per reconciliation unit (a row of DNP's physical sheet:
 * one goal, or several that DNP adds up).
 *
 * @param year the year compared
 * @param rows in the order of DNP's file
 */
public record Reconciliation(int year, Summary summary, List<Row> rows) {

    public Reconciliation {
        Objects.requireNonNull(summary, "summary");
        rows = List.copyOf(rows);
    }

    static Reconciliation of(int year, List<Row> rows) {
        int agree = (int) rows.stream().filter(Row::agree).count();
        return new Reconciliation(year, new Summary(agree, rows.size() - agree), rows);
    }

    /** How many units agree and how many differ. */
    public record Summary(int agree, int differ) {}

    /**
     * One unit.
     *
     * @param sisptCodes the SisPT goals it is about ("IP-12", "IP-16")
     * @param agree programmed, executed, progress (to DNP's 15 significant digits) and explanation
     *     all agree
     * @param reason why they differ, in Spanish; null when they agree
     */
    public record Row(List<String> sisptCodes, Figures dnp, Figures rumbo, boolean agree, String reason) {

        public Row {
            sisptCodes = List.copyOf(sisptCodes);
            Objects.requireNonNull(dnp, "dnp");
            Objects.requireNonNull(rumbo, "rumbo");
        }
    }

    /**
     * A year's figures of a unit. Null is blank: nothing found, or not computable.
     *
     * @param progress executed ÷ programmed as a ratio (1 = 100 %), not capped
     * @param explanation the text of progress-rules §7
     */
    public record Figures(BigDecimal programmed, BigDecimal executed, BigDecimal progress, String explanation) {}
}
