package co.rumbo.tracking;

import java.math.BigDecimal;

/**
 * What a person saves in a row of a capture sheet.
 *
 * @param executed the executed value of the period, ≥ 0, or null (not reported yet)
 * @param description what was done (required when the value differs from the programmed one beyond
 *     the tolerance, when nothing was done, or when the goal was not programmed in the period)
 * @param version the row's version the person saw (optimistic locking)
 */
public record RowEntry(BigDecimal executed, String description, Integer version) {

    public RowEntry {
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
