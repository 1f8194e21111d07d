package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.progress.ProgrammingType;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The rules a row of a capture sheet must meet (checked on the server for the API, the pages and the
 * Excel upload alike). Each refusal is a {@link CaptureValidationException} naming the field, in
 * Spanish.
 */
final class CaptureRules {

    static final int MAX_DESCRIPTION = 4000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_VALUE = new BigDecimal("99999999999999");

    private CaptureRules() {}

    /** Checks a row's value and description against the goal's programming in the period. */
    static void check(
            ProgrammedGoal goal, Period period, BigDecimal executed, String description, BigDecimal tolerance) {
        if (executed != null) {
            checkValue(goal, executed);
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new CaptureValidationException(
                    "description", "La descripción es muy larga: máximo " + MAX_DESCRIPTION + " caracteres.");
        }
        String why = descriptionNeeded(goal, period, executed, tolerance);
        if (why != null && (description == null || description.isBlank())) {
            throw new CaptureValidationException("description", why + " Escriba la descripción de lo realizado.");
        }
    }

    static void checkValue(ProgrammedGoal goal, BigDecimal executed) {
        if (executed.signum() < 0) {
            throw new CaptureValidationException(
                    "executed", "El valor ejecutado no puede ser negativo (" + executed.toPlainString() + ").");
        }
        if (executed.compareTo(MAX_VALUE) > 0) {
            throw new CaptureValidationException("executed", "El valor ejecutado es demasiado grande.");
        }
        if (executed.stripTrailingZeros().scale() > 6) {
            throw new CaptureValidationException("executed", "El valor ejecutado admite como máximo 6 decimales.");
        }
        if (goal.percent()) {
            if (goal.percentAsFraction() && executed.compareTo(BigDecimal.ONE) > 0) {
                throw new CaptureValidationException(
                        "executed",
                        "La meta " + goal.code() + " se mide en porcentaje y el plan lo escribe como fracción"
                                + " (0,25 = 25 %): escriba un valor entre 0 y 1.");
            }
            if (executed.compareTo(HUNDRED) > 0) {
                throw new CaptureValidationException(
                        "executed",
                        "La meta " + goal.code() + " se mide en porcentaje: el valor debe estar entre 0 y 100.");
            }
        }
    }

    /**
     * Why the row needs a description, or null when it does not: an execution of a quantity goal not
     * programmed in the period; nothing done where something was programmed; a difference with the
     * programmed value beyond the tolerance (percent of the programmed value).
     */
    static String descriptionNeeded(ProgrammedGoal goal, Period period, BigDecimal executed, BigDecimal tolerance) {
        if (executed == null) {
            return null;
        }
        BigDecimal programmed = goal.programmed(period);
        boolean quantity = goal.type() == ProgrammingType.SUMA || goal.type() == ProgrammingType.CONSTANTE;
        if (quantity && !goal.programmedIn(period)) {
            return executed.signum() > 0 ? "La meta no está programada en " + period + " y reporta ejecución." : null;
        }
        if (programmed == null) {
            return null;
        }
        if (executed.signum() == 0 && programmed.signum() > 0) {
            return "No se ejecutó nada de lo programado ("
                    + programmed.stripTrailingZeros().toPlainString() + ").";
        }
        BigDecimal allowed = programmed.multiply(tolerance).divide(HUNDRED, MathContext.DECIMAL128);
        if (executed.subtract(programmed).abs().compareTo(allowed) > 0) {
            return "Lo ejecutado difiere de lo programado ("
                    + programmed.stripTrailingZeros().toPlainString() + ") en más del "
                    + tolerance.stripTrailingZeros().toPlainString() + " %.";
        }
        return null;
    }

    /** A quantity goal executed in a period without programming (flagged on the row). */
    static boolean unprogrammed(ProgrammedGoal goal, Period period, BigDecimal executed) {
        boolean quantity = goal.type() == ProgrammingType.SUMA || goal.type() == ProgrammingType.CONSTANTE;
        return quantity && !goal.programmedIn(period) && executed != null && executed.signum() > 0;
    }
}
