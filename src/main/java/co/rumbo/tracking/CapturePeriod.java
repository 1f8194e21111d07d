package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period opened for capture. {@code deadline} is the day sheets are due (already moved to a
 * business day).
 */
public record CapturePeriod(
        Period period,
        PeriodState state,
        LocalDate deadline,
        String openedBy,
        Instant openedAt,
        String closedBy,
        Instant closedAt,
        int version) {

    public CapturePeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(deadline, "deadline");
    }

    public boolean open() {
        return state == PeriodState.ABIERTO;
    }

    /** Past its deadline on {@code today} (and still open). */
    public boolean overdueOn(LocalDate today) {
        return open() && today.isAfter(deadline);
    }
}
