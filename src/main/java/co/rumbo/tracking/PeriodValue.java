package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A goal's programmed and executed value for one period (a year, a quarter or a month). Null is
 * blank: nothing programmed, or nothing reported.
 *
 * @param version increases on every change, for optimistic locking
 */
public record PeriodValue(
        Period period, BigDecimal programmed, BigDecimal executed, ValueSource source, int version, Instant updatedAt) {

    public PeriodValue {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
    }
}
