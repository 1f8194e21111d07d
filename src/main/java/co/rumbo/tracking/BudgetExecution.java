package co.rumbo.tracking;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A goal's budget execution in one year, in COP: apropiación (definitiva), compromisos,
 * obligaciones and pagos. Null is blank: the source does not give that figure (DNP's CUIPO has no
 * appropriation; Tenjo's workbook has no obligations).
 */
public record BudgetExecution(
        int year,
        BigDecimal appropriation,
        BigDecimal commitments,
        BigDecimal obligations,
        BigDecimal payments,
        ValueSource source,
        int version) {

    public BudgetExecution {
        Objects.requireNonNull(source, "source");
    }
}
