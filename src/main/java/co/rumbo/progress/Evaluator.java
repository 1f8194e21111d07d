package co.rumbo.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** The rules of progress-rules §2–§4, one small method each. */
final class Evaluator {

    private Evaluator() {}

    /** The figures of a goal that has a target up to the cut; P and PT kept as exact fractions. */
    private record Figures(
            BigDecimal targetToCut,
            BigDecimal valueToCut,
            Ratio progressToCut,
            BigDecimal targetTotal,
            Ratio progressTotal,
            boolean reported) {}

    static Evaluation evaluate(Series series, int cut, Thresholds thresholds) {
        if (series.eliminated()) {
            return Evaluation.withoutFigures(GoalState.ELIMINADA);
        }
        Figures figures = figuresOf(series, cut);
        if (figures == null) {
            return Evaluation.withoutFigures(
                    executedWithoutProgramming(series, cut)
                            ? GoalState.EJECUCION_SIN_PROGRAMACION
                            : GoalState.SIN_PROGRAMACION);
        }
        GoalState state = stateOf(figures, thresholds);
        return new Evaluation(
                figures.targetToCut(),
                figures.valueToCut(),
                figures.progressToCut().toDecimal(),
                figures.targetTotal(),
                figures.progressTotal().toDecimal(),
                state,
                lightOf(state, figures.progressToCut(), thresholds));
    }

    /** V by the formula of §2, whether or not the goal has a target up to the cut. */
    static BigDecimal value(Series series, int cut) {
        return switch (series.type()) {
            case SUMA -> sumExecuted(series, allPeriodsUpTo(cut));
            case CONSTANTE -> {
                List<Integer> programmedPeriods = programmedPeriodsUpTo(series, cut);
                yield programmedPeriods.isEmpty() ? null : meanExecuted(series, programmedPeriods);
            }
            case CRECIENTE, DECRECIENTE -> lastReported(series, cut);
        };
    }

    private static Figures figuresOf(Series series, int cut) {
        return switch (series.type()) {
            case SUMA -> sumFigures(series, cut);
            case CONSTANTE -> constantFigures(series, cut);
            case CRECIENTE, DECRECIENTE -> levelFigures(series, cut);
        };
    }

    // SUMA: quantities delivered, added up; blank programming and blank reports count as 0.
    private static Figures sumFigures(Series series, int cut) {
        BigDecimal target = sumProgrammed(series, allPeriodsUpTo(cut));
        if (target.signum() == 0) {
            return null;
        }
        BigDecimal value = sumExecuted(series, allPeriodsUpTo(cut));
        BigDecimal total = sumProgrammed(series, allPeriodsUpTo(series.periods()));
        return new Figures(
                target,
                value,
                Ratio.of(value, target),
                total,
                Ratio.of(value, total),
                anyReported(series, allPeriodsUpTo(cut)));
    }

    // CONSTANTE: a level kept in each programmed period; unprogrammed periods do not count at all,
    // a missing report in a programmed one counts as 0.
    private static Figures constantFigures(Series series, int cut) {
        List<Integer> toCut = programmedPeriodsUpTo(series, cut);
        if (toCut.isEmpty()) {
            return null;
        }
        List<Integer> all = programmedPeriodsUpTo(series, series.periods());
        BigDecimal programmedToCut = sumProgrammed(series, toCut);
        BigDecimal executedToCut = sumExecuted(series, toCut);
        BigDecimal programmedAll = sumProgrammed(series, all);
        // P = mean(executed) / mean(programmed) over the same periods = Σe / Σp: one exact fraction.
        return new Figures(
                mean(programmedToCut, toCut.size()),
                mean(executedToCut, toCut.size()),
                Ratio.of(executedToCut, programmedToCut),
                mean(programmedAll, all.size()),
                Ratio.of(executedToCut, programmedAll),
                anyReported(series, toCut));
    }

    // CRECIENTE / DECRECIENTE: levels; the latest target and the latest report are what count.
    private static Figures levelFigures(Series series, int cut) {
        Integer targetPeriod = lastProgrammedUpTo(series, cut);
        if (targetPeriod == null) {
            return null;
        }
        BigDecimal target = series.programmedAt(targetPeriod);
        BigDecimal total = series.programmedAt(lastProgrammedUpTo(series, series.periods()));
        BigDecimal value = lastReported(series, cut);
        if (value == null) {
            return new Figures(target, null, Ratio.ZERO, total, Ratio.ZERO, false);
        }
        return new Figures(
                target,
                value,
                levelProgress(series.type(), value, target, series.effectiveBaseline()),
                total,
                levelProgress(series.type(), value, total, series.effectiveBaseline()),
                true);
    }

    /** §3 for levels: the distance covered from the baseline towards the target. */
    private static Ratio levelProgress(ProgrammingType type, BigDecimal value, BigDecimal target, BigDecimal baseline) {
        boolean rising = type == ProgrammingType.CRECIENTE;
        if (target.compareTo(baseline) == 0) {
            return keepLevelProgress(rising, value, target);
        }
        Ratio progress = rising
                ? Ratio.of(value.subtract(baseline), target.subtract(baseline))
                : Ratio.of(baseline.subtract(value), baseline.subtract(target));
        return progress.atLeastZero();
    }

    // Target equal to baseline ("keep the level"): the distance formula would divide by zero, so the
    // goal gets full credit at or beyond the target and partial credit otherwise, as CONSTANTE does.
    private static Ratio keepLevelProgress(boolean rising, BigDecimal value, BigDecimal target) {
        if (rising) {
            return value.compareTo(target) >= 0 ? Ratio.ONE : Ratio.of(value, target);
        }
        return value.compareTo(target) <= 0 ? Ratio.ONE : Ratio.of(target, value);
    }

    /** §4, rules 4–8; rules 1–3 are the cases without figures. */
    private static GoalState stateOf(Figures figures, Thresholds thresholds) {
        Ratio progress = figures.progressToCut();
        if (!figures.reported() || progress.signum() == 0) {
            return GoalState.NO_INICIADA;
        }
        if (progress.compareTo(thresholds.overExecutionAbove()) > 0) {
            return GoalState.SOBREEJECUTADA;
        }
        if (figures.progressTotal().compareTo(BigDecimal.ONE) >= 0) {
            return GoalState.CUMPLIDA;
        }
        if (progress.compareTo(thresholds.greenFrom()) >= 0) {
            return GoalState.AL_DIA;
        }
        return GoalState.ATRASADA;
    }

    private static TrafficLight lightOf(GoalState state, Ratio progress, Thresholds thresholds) {
        return switch (state) {
            case ELIMINADA, EJECUCION_SIN_PROGRAMACION, SIN_PROGRAMACION -> TrafficLight.GRIS;
            case NO_INICIADA -> TrafficLight.ROJO;
            case SOBREEJECUTADA -> TrafficLight.AZUL;
            case CUMPLIDA, AL_DIA -> TrafficLight.VERDE;
            case ATRASADA -> progress.compareTo(thresholds.redBelow()) >= 0 ? TrafficLight.AMARILLO : TrafficLight.ROJO;
        };
    }

    /** §4 rule 2 only applies to quantities: a level reported without target is just unprogrammed. */
    private static boolean executedWithoutProgramming(Series series, int cut) {
        if (!series.type().zeroMeansNotProgrammed()) {
            return false;
        }
        for (int period = 1; period <= cut; period++) {
            BigDecimal executed = series.executedAt(period);
            if (executed != null && executed.signum() > 0) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> allPeriodsUpTo(int cut) {
        List<Integer> periods = new ArrayList<>(cut);
        for (int period = 1; period <= cut; period++) {
            periods.add(period);
        }
        return periods;
    }

    private static List<Integer> programmedPeriodsUpTo(Series series, int cut) {
        List<Integer> periods = new ArrayList<>();
        for (int period = 1; period <= cut; period++) {
            if (series.isProgrammed(period)) {
                periods.add(period);
            }
        }
        return periods;
    }

    private static Integer lastProgrammedUpTo(Series series, int cut) {
        for (int period = cut; period >= 1; period--) {
            if (series.isProgrammed(period)) {
                return period;
            }
        }
        return null;
    }

    private static BigDecimal lastReported(Series series, int cut) {
        for (int period = cut; period >= 1; period--) {
            if (series.executedAt(period) != null) {
                return series.executedAt(period);
            }
        }
        return null;
    }

    private static BigDecimal sumProgrammed(Series series, List<Integer> periods) {
        return periods.stream()
                .map(series::programmedAt)
                .map(Evaluator::blankAsZero)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // A blank report counts as 0: not reporting a bad period must never improve a figure (§1).
    private static BigDecimal sumExecuted(Series series, List<Integer> periods) {
        return periods.stream()
                .map(series::executedAt)
                .map(Evaluator::blankAsZero)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal meanExecuted(Series series, List<Integer> periods) {
        return mean(sumExecuted(series, periods), periods.size());
    }

    private static boolean anyReported(Series series, List<Integer> periods) {
        return periods.stream().anyMatch(period -> series.executedAt(period) != null);
    }

    private static BigDecimal mean(BigDecimal sum, int count) {
        return sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
    }

    private static BigDecimal blankAsZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
