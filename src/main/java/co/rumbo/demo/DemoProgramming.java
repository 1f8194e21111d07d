package co.rumbo.demo;

import co.rumbo.progress.ProgrammingType;
import co.rumbo.progress.YearViews;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the demo programs one goal of Tenjo's Plan Indicativo in the year's action plan, under the
 * rule the planning office applies (progress-rules §6: the quarters should add up to, end at or keep
 * the year's target, as the goal's type requires; when they do not, the plan shows a consistency
 * warning on the goal and never rescales).
 *
 * <p>From Tenjo's own workbook (2024 and 2025 have quarterly planned values): its quarters are kept
 * exactly as written, never rescaled. When they agree with the Plan Indicativo's target for the year
 * the goal is programmed with that target; when they do not (the workbook often plans in its own units:
 * a percentage as a fraction, a level goal's quarters as shares of the year) but they are coherent
 * with a target of their own (their sum, their last level, the level they all keep), that is the
 * office's target for the year, shown beside the Plan Indicativo's; when no target can agree with
 * them (a CONSTANTE goal whose quarters differ) the goal is programmed with the Plan Indicativo's
 * target and the quarters as written, and the plan shows the warning. Nothing planned, negative
 * values, or quarters without a target to agree with and no Plan Indicativo target: not programmed,
 * and the reason says why.
 *
 * <p>From the Plan Indicativo alone (the workbook's quarters end in 2025): the year's target split
 * plainly by quarters, as {@link #split} says.
 */
final class DemoProgramming {

    private DemoProgramming() {}

    /** Where a decision came from. */
    enum Basis {
        /** The Plan Indicativo's target and the workbook's quarters, which agree. */
        WORKBOOK,
        /** The workbook's quarters with the target they are coherent with (not the Plan Indicativo's). */
        WORKBOOK_OWN_TARGET,
        /**
         * The Plan Indicativo's target with the workbook's quarters as written, which agree with no target:
         * the plan shows the consistency warning.
         */
        WORKBOOK_WITH_WARNING,
        /** The Plan Indicativo's target split by quarters (the workbook has no quarters that year). */
        SPLIT,
        NOT_PROGRAMMED
    }

    /**
     * A goal's decision: programmed ({@code target} and four {@code quarters}) or not ({@code reason}).
     */
    record Decision(Basis basis, BigDecimal target, List<BigDecimal> quarters, String reason) {

        static Decision notProgrammed(String reason) {
            return new Decision(Basis.NOT_PROGRAMMED, null, List.of(), reason);
        }

        boolean programmed() {
            return basis != Basis.NOT_PROGRAMMED;
        }
    }

    /**
     * The decision from the workbook's planned quarters of the year.
     *
     * @param indicativeTarget the Plan Indicativo's target for the year; null when it has none
     * @param planned four quarters, null for a blank cell (stored as 0: nothing programmed that quarter)
     */
    static Decision fromWorkbook(
            ProgrammingType type, BigDecimal indicativeTarget, List<BigDecimal> planned, int year) {
        List<BigDecimal> quarters = new ArrayList<>(4);
        for (BigDecimal q : planned) {
            // action_plan_goal keeps 6 decimals, as every quantity
            quarters.add(q == null ? BigDecimal.ZERO : strip(q.setScale(6, RoundingMode.HALF_UP)));
        }
        if (quarters.stream().allMatch(q -> q.signum() == 0)) {
            return Decision.notProgrammed(
                    "El libro de seguimiento del municipio no programa avance de esta meta en " + year + ".");
        }
        if (quarters.stream().anyMatch(q -> q.signum() < 0)) {
            return Decision.notProgrammed("El libro de seguimiento del municipio programa valores negativos en " + year
                    + " (" + text(quarters) + "); no se programa.");
        }
        if (indicativeTarget != null
                && indicativeTarget.signum() > 0
                && YearViews.consistencyWarning(type, indicativeTarget, quarters)
                        .isEmpty()) {
            return new Decision(Basis.WORKBOOK, strip(indicativeTarget), List.copyOf(quarters), null);
        }
        Optional<BigDecimal> own = impliedTarget(type, quarters)
                .filter(t -> t.signum() > 0)
                .filter(t -> YearViews.consistencyWarning(type, t, quarters).isEmpty());
        if (own.isPresent()) {
            return new Decision(Basis.WORKBOOK_OWN_TARGET, own.get(), List.copyOf(quarters), null);
        }
        if (indicativeTarget != null && indicativeTarget.signum() > 0) {
            return new Decision(Basis.WORKBOOK_WITH_WARNING, strip(indicativeTarget), List.copyOf(quarters), null);
        }
        String warning = YearViews.consistencyWarning(type, indicativeTarget, quarters)
                .orElse("no hay una meta anual con la que sea coherente");
        return Decision.notProgrammed("La programación trimestral del libro de seguimiento para " + year + " ("
                + text(quarters) + ") no es coherente con una meta " + type + ": " + warning
                + " No se reescala, así que la meta no se programa en la demostración.");
    }

    /** The decision from the Plan Indicativo's target alone: {@link #split}, or not programmed without a target. */
    static Decision fromIndicativeTarget(ProgrammingType type, BigDecimal indicativeTarget, int year) {
        if (indicativeTarget == null || indicativeTarget.signum() <= 0) {
            return Decision.notProgrammed("El Plan Indicativo no fija meta para " + year
                    + " en esta meta (solo tiene costo); no se programa en el plan de acción.");
        }
        BigDecimal target = strip(indicativeTarget);
        return new Decision(Basis.SPLIT, target, split(type, target), null);
    }

    /**
     * A year's target by quarters: a SUMA goal's whole units spread evenly with the remainder in the
     * last quarters (1 → 0, 0, 0, 1; 10 → 2, 2, 3, 3), a fraction in four equal parts (or all in the
     * fourth quarter when a quarter would need more than 6 decimals); a level goal (CONSTANTE,
     * CRECIENTE, DECRECIENTE) holds the target every quarter.
     */
    static List<BigDecimal> split(ProgrammingType type, BigDecimal target) {
        if (type != ProgrammingType.SUMA) {
            return List.of(target, target, target, target);
        }
        BigDecimal four = BigDecimal.valueOf(4);
        if (target.stripTrailingZeros().scale() <= 0) {
            BigDecimal[] qr = target.divideAndRemainder(four);
            int remainder = qr[1].intValueExact();
            List<BigDecimal> quarters = new ArrayList<>(4);
            for (int i = 0; i < 4; i++) {
                quarters.add(strip(qr[0].add(i >= 4 - remainder ? BigDecimal.ONE : BigDecimal.ZERO)));
            }
            return List.copyOf(quarters);
        }
        BigDecimal quarter = target.divide(four);
        if (quarter.stripTrailingZeros().scale() > 6) {
            return List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, target);
        }
        quarter = strip(quarter);
        return List.of(quarter, quarter, quarter, quarter);
    }

    /** The target the quarters are coherent with, by type: their sum, their last level, the level they keep. */
    private static Optional<BigDecimal> impliedTarget(ProgrammingType type, List<BigDecimal> quarters) {
        return switch (type) {
            case SUMA -> Optional.of(strip(quarters.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
            case CRECIENTE, DECRECIENTE -> Optional.of(quarters.get(3));
            case CONSTANTE -> {
                List<BigDecimal> levels =
                        quarters.stream().filter(q -> q.signum() > 0).distinct().toList();
                yield levels.size() == 1 ? Optional.of(levels.get(0)) : Optional.empty();
            }
        };
    }

    private static String text(List<BigDecimal> quarters) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            parts.add("T" + (i + 1) + " " + number(quarters.get(i)));
        }
        return parts.stream().collect(Collectors.joining("; "));
    }

    /** 1.234,5: a number in a Spanish message. */
    static String number(BigDecimal value) {
        return new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("es-CO")))
                .format(value);
    }

    static BigDecimal strip(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
