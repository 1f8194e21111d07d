package co.rumbo.tracking;

import co.rumbo.calendar.PeriodKind;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An organization's rules for capture: the period of its sheets, the deadline (N calendar days after
 * the period's end, moved to the next business day of its calendar), the tolerance above which a
 * difference between executed and programmed needs a description, the largest evidence file, and
 * how many days before a deadline the offices are reminded.
 *
 * @param periodKind {@link PeriodKind#MONTH} (default) or {@link PeriodKind#QUARTER}
 * @param deadlineDays calendar days after the period's end (default 10)
 * @param tolerancePercent percent of the programmed value (default 10)
 * @param maxEvidenceMb largest evidence file in MB (default 10, at most 20)
 * @param reminderDays days before the deadline for the reminder (default 3)
 * @param version for optimistic locking; 0 while the organization keeps the defaults
 */
public record CaptureSettings(
        PeriodKind periodKind,
        int deadlineDays,
        BigDecimal tolerancePercent,
        int maxEvidenceMb,
        int reminderDays,
        int version) {

    public static final CaptureSettings DEFAULTS = new CaptureSettings(PeriodKind.MONTH, 10, BigDecimal.TEN, 10, 3, 0);

    public CaptureSettings {
        Objects.requireNonNull(periodKind, "periodKind");
        Objects.requireNonNull(tolerancePercent, "tolerancePercent");
        if (periodKind == PeriodKind.YEAR) {
            throw new IllegalArgumentException("La captura es mensual (MONTH) o trimestral (QUARTER), no anual.");
        }
        if (deadlineDays < 0 || deadlineDays > 90) {
            throw new IllegalArgumentException("El plazo debe estar entre 0 y 90 días calendario.");
        }
        if (tolerancePercent.signum() < 0 || tolerancePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("La tolerancia debe estar entre 0 % y 100 %.");
        }
        if (maxEvidenceMb < 1 || maxEvidenceMb > 20) {
            throw new IllegalArgumentException("El tamaño máximo de una evidencia debe estar entre 1 y 20 MB.");
        }
        if (reminderDays < 0 || reminderDays > 30) {
            throw new IllegalArgumentException("El recordatorio debe enviarse entre 0 y 30 días antes del plazo.");
        }
    }

    /** The largest evidence file in bytes. */
    public long maxEvidenceBytes() {
        return maxEvidenceMb * 1024L * 1024L;
    }
}
