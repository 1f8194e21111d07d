package co.rumbo.interop.sispt;

import java.math.BigDecimal;
import java.util.List;

/**
 * Whether a four-year target fits its yearly targets for the programming type (progress-rules.md §6:
 * the plan warns, it never rescales). Blank yearly targets count as 0.
 */
final class Consistency {

    private Consistency() {}

    /** The warning's text, or {@code null} when the targets are consistent. */
    static String of(TypeInference inference, List<BigDecimal> series, BigDecimal fourYearTarget) {
        if (series.isEmpty() || inference.ambiguous()) {
            return null;
        }
        String target = Numbers.format(fourYearTarget);
        return switch (inference.type()) {
            case SUMA -> {
                BigDecimal sum = TypeInference.sum(series);
                yield sum.compareTo(fourYearTarget) == 0
                        ? null
                        : "La meta del cuatrienio (" + target + ") no es la suma de las metas anuales ("
                                + Numbers.format(series) + " suman " + Numbers.format(sum)
                                + "), como corresponde a una meta acumulativa (SUMA).";
            }
            case CONSTANTE ->
                series.get(0).compareTo(fourYearTarget) == 0
                        ? null
                        : "La meta del cuatrienio (" + target + ") no es la de cada año (" + Numbers.format(series)
                                + "), como corresponde a una meta que se mantiene (CONSTANTE).";
            case CRECIENTE, DECRECIENTE -> {
                BigDecimal last = series.get(series.size() - 1);
                yield last.compareTo(fourYearTarget) == 0
                        ? null
                        : "La meta del cuatrienio (" + target + ") no es la del último año (" + Numbers.format(last)
                                + "), como corresponde a una meta " + inference.type() + ".";
            }
        };
    }
}
