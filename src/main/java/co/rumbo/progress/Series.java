package co.rumbo.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A goal's consecutive periods {@code 1..n} (months, quarters or years) with what was programmed
 * and executed in each (progress-rules §1). A {@code null} entry is blank: nothing programmed, or
 * nothing reported. Validated on construction, so a series that exists can always be evaluated.
 *
 * @param programmed programmed[i] ≥ 0 or null, one per period
 * @param executed executed[i] ≥ 0 or null, one per period
 * @param type how the periods combine
 * @param baseline línea base; required for DECRECIENTE, 0 when absent for CRECIENTE, unused otherwise
 * @param eliminated the goal was eliminated from the plan
 */
public record Series(
        List<BigDecimal> programmed,
        List<BigDecimal> executed,
        ProgrammingType type,
        BigDecimal baseline,
        boolean eliminated) {

    public Series {
        Objects.requireNonNull(programmed, "programmed");
        Objects.requireNonNull(executed, "executed");
        Objects.requireNonNull(type, "type");
        programmed = copyAllowingBlanks(programmed);
        executed = copyAllowingBlanks(executed);
        requireSamePeriods(programmed, executed);
        requireNoNegative(programmed, "programado");
        requireNoNegative(executed, "ejecutado");
        requireBaselineRules(programmed, type, baseline);
    }

    /** A series of a goal that is not eliminated. */
    public static Series of(
            ProgrammingType type, BigDecimal baseline, List<BigDecimal> programmed, List<BigDecimal> executed) {
        return new Series(programmed, executed, type, baseline, false);
    }

    /** The same series, for a goal marked eliminated. */
    public Series markedEliminated() {
        return new Series(programmed, executed, type, baseline, true);
    }

    /** n, the number of periods. */
    public int periods() {
        return programmed.size();
    }

    /** Evaluates the goal at a cut (1-based, the last period that counts) with default thresholds. */
    public Evaluation evaluateAt(int cut) {
        return evaluateAt(cut, Thresholds.DEFAULT);
    }

    /** Evaluates the goal at a cut (1-based, the last period that counts). */
    public Evaluation evaluateAt(int cut, Thresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        return Evaluator.evaluate(this, requireCut(cut), thresholds);
    }

    /**
     * The value V of §2 at a cut, computed from its formula even when the goal has no target up to
     * the cut (so an execution without programming is not lost when a year feeds the four-year
     * series, §6). Equal to {@link Evaluation#valueToCut()} whenever the evaluation has figures.
     * Empty when the formula has no value: CRECIENTE/DECRECIENTE with nothing reported up to the
     * cut, CONSTANTE with no programmed period up to the cut.
     */
    public Optional<BigDecimal> valueAt(int cut) {
        return Optional.ofNullable(Evaluator.value(this, requireCut(cut)));
    }

    /** The baseline the formulas use: CRECIENTE without baseline starts from 0 (§2). */
    BigDecimal effectiveBaseline() {
        return baseline == null ? BigDecimal.ZERO : baseline;
    }

    /** Whether period i (1-based) has programming, in the sense of its type (§2). */
    boolean isProgrammed(int period) {
        BigDecimal value = programmed.get(period - 1);
        if (value == null) {
            return false;
        }
        return !type.zeroMeansNotProgrammed() || value.signum() > 0;
    }

    BigDecimal programmedAt(int period) {
        return programmed.get(period - 1);
    }

    BigDecimal executedAt(int period) {
        return executed.get(period - 1);
    }

    private int requireCut(int cut) {
        if (cut < 1 || cut > periods()) {
            throw new InvalidSeriesException(
                    "El corte %d está fuera de la serie, que tiene %d periodos.".formatted(cut, periods()));
        }
        return cut;
    }

    // List.copyOf rejects nulls, but a null is a meaningful blank here.
    private static List<BigDecimal> copyAllowingBlanks(List<BigDecimal> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }

    private static void requireSamePeriods(List<BigDecimal> programmed, List<BigDecimal> executed) {
        if (programmed.isEmpty()) {
            throw new InvalidSeriesException("La serie debe tener al menos un periodo.");
        }
        if (programmed.size() != executed.size()) {
            throw new InvalidSeriesException(
                    "La serie tiene %d periodos de programación y %d de ejecución; deben ser los mismos."
                            .formatted(programmed.size(), executed.size()));
        }
    }

    private static void requireNoNegative(List<BigDecimal> values, String what) {
        for (int i = 0; i < values.size(); i++) {
            BigDecimal value = values.get(i);
            if (value != null && value.signum() < 0) {
                throw new InvalidSeriesException("El valor %s del periodo %d es negativo (%s)."
                        .formatted(what, i + 1, SpanishNumbers.format(value)));
            }
        }
    }

    // The formulas of §3 assume the target lies on the side the goal moves towards (§2).
    private static void requireBaselineRules(List<BigDecimal> programmed, ProgrammingType type, BigDecimal baseline) {
        if (type == ProgrammingType.DECRECIENTE && baseline == null) {
            throw new InvalidSeriesException(
                    "Una meta de reducción (DECRECIENTE) debe tener línea base; defínala antes de programarla.");
        }
        if (!type.isLevel()) {
            return;
        }
        BigDecimal effectiveBaseline = baseline == null ? BigDecimal.ZERO : baseline;
        for (int i = 0; i < programmed.size(); i++) {
            BigDecimal target = programmed.get(i);
            if (target == null) {
                continue;
            }
            if (type == ProgrammingType.CRECIENTE && target.compareTo(effectiveBaseline) < 0) {
                throw new InvalidSeriesException(
                        "Una meta creciente no puede programar %s en el periodo %d: está por debajo de su línea base (%s)."
                                .formatted(
                                        SpanishNumbers.format(target),
                                        i + 1,
                                        SpanishNumbers.format(effectiveBaseline)));
            }
            if (type == ProgrammingType.DECRECIENTE && target.compareTo(effectiveBaseline) > 0) {
                throw new InvalidSeriesException(
                        "Una meta de reducción no puede programar %s en el periodo %d: está por encima de su línea base (%s)."
                                .formatted(
                                        SpanishNumbers.format(target),
                                        i + 1,
                                        SpanishNumbers.format(effectiveBaseline)));
            }
        }
    }
}
