package co.rumbo.interop;

import co.rumbo.interop.dnp.DnpFinancialRow;
import co.rumbo.interop.dnp.DnpFinancialYear;
import co.rumbo.interop.dnp.DnpPhysicalRow;
import co.rumbo.interop.dnp.DnpPhysicalYear;
import co.rumbo.interop.dnp.DnpSeguimiento;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/** A seguimiento file as the reconciliation units Rumbo keeps: one per DNP row and execution year. */
final class DnpUnits {

    private DnpUnits() {}

    /** A row of "Detalle seguimiento físico" in one year. */
    record Physical(
            List<String> sisptCodes,
            int year,
            int rowNumber,
            String productCode,
            String indicatorCode,
            String indicatorName,
            List<String> bpinCodes,
            BigDecimal programmed,
            BigDecimal executed,
            BigDecimal progress,
            String explanation) {

        Physical {
            sisptCodes = List.copyOf(sisptCodes);
            bpinCodes = List.copyOf(bpinCodes);
        }

        boolean multiGoal() {
            return sisptCodes.size() > 1;
        }
    }

    /** A row of "Detalle seguimiento financiero" in one year. */
    record Financial(
            List<String> sisptCodes,
            int year,
            int rowNumber,
            String productCode,
            List<String> bpinCodes,
            BigDecimal programmed,
            BigDecimal commitments,
            BigDecimal obligations,
            BigDecimal payments,
            BigDecimal obligationsRatio,
            String explanation) {

        Financial {
            sisptCodes = List.copyOf(sisptCodes);
            bpinCodes = List.copyOf(bpinCodes);
        }

        boolean multiGoal() {
            return sisptCodes.size() > 1;
        }

        boolean hasAmounts() {
            return commitments != null || obligations != null || payments != null;
        }
    }

    static List<Physical> physical(DnpSeguimiento file) {
        List<Physical> units = new ArrayList<>();
        for (DnpPhysicalRow row : file.physicalRows()) {
            for (DnpPhysicalYear y : row.years()) {
                units.add(new Physical(
                        row.goal().sisptCodes(),
                        y.year(),
                        row.rowNumber(),
                        row.goal().productCode(),
                        row.indicatorCode(),
                        row.indicatorName(),
                        row.goal().bpinCodes(),
                        row.programmed(y.year()),
                        y.executed(),
                        y.progress(),
                        y.explanation()));
            }
        }
        return units;
    }

    static List<Financial> financial(DnpSeguimiento file) {
        List<Financial> units = new ArrayList<>();
        for (DnpFinancialRow row : file.financialRows()) {
            for (DnpFinancialYear y : row.years()) {
                units.add(new Financial(
                        row.goal().sisptCodes(),
                        y.year(),
                        row.rowNumber(),
                        row.goal().productCode(),
                        row.goal().bpinCodes(),
                        row.programmed(y.year()),
                        y.commitments(),
                        y.obligations(),
                        y.payments(),
                        y.obligationsRatio(),
                        y.explanation()));
            }
        }
        return units;
    }

    /** The execution years of the file, ascending. */
    static SortedSet<Integer> years(DnpSeguimiento file) {
        SortedSet<Integer> years = new TreeSet<>();
        file.physicalRows().forEach(r -> r.years().forEach(y -> years.add(y.year())));
        file.financialRows().forEach(r -> r.years().forEach(y -> years.add(y.year())));
        return years;
    }

    /** How the database keeps a code list: "IP-12|IP-16" (SisPT codes never hold a bar). */
    static String joined(List<String> codes) {
        return String.join("|", codes);
    }

    static List<String> split(String joined) {
        Objects.requireNonNull(joined, "joined");
        return joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
    }
}
