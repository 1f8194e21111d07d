package co.rumbo.interop.sispt;

import co.rumbo.interop.sispt.SisptWorkbook.ProductGoal;
import co.rumbo.interop.sispt.SisptWorkbook.YearlyCost;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ordinary budget of a plan, added up exactly from the product goals' cost cells by source and
 * year. The SGR sheet is not included (it is another budget), and neither is the file's "Total"
 * column, which DNP writes as a binary floating-point figure. Nothing is rounded: the sums keep the
 * largest scale of their terms.
 *
 * @param byYear the sum of every source, by year, in year order
 * @param bySource the sum of every year, by source name as in the headers ("Recursos propios"), in
 *     the sheet's order; a source with no amount is there with 0
 * @param total the sum of everything
 */
public record SisptTotals(Map<Integer, BigDecimal> byYear, Map<String, BigDecimal> bySource, BigDecimal total) {

    public SisptTotals {
        byYear = Collections.unmodifiableMap(new TreeMap<>(byYear));
        bySource = Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
    }

    public static SisptTotals of(SisptWorkbook workbook) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        Map<String, BigDecimal> bySource = new LinkedHashMap<>();
        workbook.layout().costYears().forEach(y -> byYear.put(y, BigDecimal.ZERO));
        workbook.layout().costSources().forEach(s -> bySource.put(s, BigDecimal.ZERO));
        BigDecimal total = BigDecimal.ZERO;
        for (ProductGoal goal : workbook.productGoals()) {
            for (YearlyCost cost : goal.costs()) {
                for (Map.Entry<String, BigDecimal> cell : cost.bySource().entrySet()) {
                    byYear.merge(cost.year(), cell.getValue(), BigDecimal::add);
                    bySource.merge(cell.getKey(), cell.getValue(), BigDecimal::add);
                    total = total.add(cell.getValue());
                }
            }
        }
        return new SisptTotals(byYear, bySource, total);
    }
}
