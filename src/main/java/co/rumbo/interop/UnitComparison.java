package co.rumbo.interop;

import co.rumbo.platform.db.Numerics;
import co.rumbo.progress.DnpExplanation;
import co.rumbo.progress.Evaluation;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.progress.Series;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The rules that decide whether DNP's figures of a unit-year and Rumbo's agree, and say why not.
 * Pure: the caller gathers both sides.
 */
final class UnitComparison {

    static final MathContext FIFTEEN_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

    private UnitComparison() {}

    /** What Rumbo knows of a unit-year, beyond its figures, to explain a difference. */
    record RumboSide(List<String> unknownCodes, boolean hasBpin, String executedOrigin) {

        RumboSide {
            unknownCodes = List.copyOf(unknownCodes);
        }
    }

    /**
     * The year's progress as DNP defines it (executed ÷ programmed of the year), computed by the
     * engine as a one-period SUMA series, exact. Blank when nothing was executed (reported) or nothing
     * programmed: DNP leaves it blank then, and a blank is not 0.
     */
    static BigDecimal progress(BigDecimal programmed, BigDecimal executed) {
        if (executed == null || programmed == null || programmed.signum() == 0) {
            return null;
        }
        Evaluation year = Series.of(ProgrammingType.SUMA, null, List.of(programmed), List.of(executed))
                .evaluateAt(1);
        return Numerics.strip(year.progressToCut());
    }

    /** Rumbo's figures from its programmed and executed values and whether its goals have a BPIN. */
    static Reconciliation.Figures rumbo(BigDecimal programmed, BigDecimal executed, boolean hasBpin) {
        return new Reconciliation.Figures(
                programmed, executed, progress(programmed, executed), DnpExplanation.of(programmed, executed, hasBpin));
    }

    static Reconciliation.Row compare(
            List<String> codes,
            Reconciliation.Figures dnp,
            Reconciliation.Figures rumbo,
            boolean dnpHasBpin,
            RumboSide side) {
        List<String> reasons = new ArrayList<>();
        boolean programmedAgree = sameProgrammed(dnp.programmed(), rumbo.programmed());
        boolean executedAgree = Objects.equals(key(dnp.executed()), key(rumbo.executed()));
        boolean progressAgree = sameProgress(dnp.progress(), rumbo.progress());
        boolean explanationAgree = Objects.equals(dnp.explanation(), rumbo.explanation());
        if (!side.unknownCodes().isEmpty()) {
            reasons.add("El plan de Rumbo no tiene " + (side.unknownCodes().size() == 1 ? "la meta " : "las metas ")
                    + String.join(", ", side.unknownCodes()) + ".");
        }
        if (!programmedAgree) {
            reasons.add("Lo programado difiere: DNP (SisPT) tiene " + number(dnp.programmed())
                    + " y el Plan Indicativo de Rumbo " + number(rumbo.programmed())
                    + (codes.size() > 1 ? " (suma de " + String.join(", ", codes) + ")" : "") + ".");
        }
        if (!executedAgree) {
            reasons.add("Lo ejecutado difiere: DNP (PIIP) tiene "
                    + (dnp.executed() == null ? "«sin ejecución encontrada»" : number(dnp.executed()))
                    + " y Rumbo "
                    + (rumbo.executed() == null ? "no tiene ejecución registrada" : number(rumbo.executed()))
                    + (side.executedOrigin() == null ? "" : " (" + side.executedOrigin() + ")") + ".");
        }
        if (!progressAgree && programmedAgree && executedAgree) {
            reasons.add(
                    "El avance de DNP (" + number(dnp.progress()) + ") no coincide con lo ejecutado ÷ lo programado ("
                            + number(rumbo.progress()) + ") ni siquiera con las 15 cifras con que DNP lo escribe.");
        }
        if (!explanationAgree) {
            reasons.add(explanationReason(dnp, rumbo, programmedAgree && executedAgree, dnpHasBpin, side.hasBpin()));
        }
        boolean agree = programmedAgree && executedAgree && progressAgree && explanationAgree;
        return new Reconciliation.Row(codes, dnp, rumbo, agree, agree ? null : String.join(" ", reasons));
    }

    private static String explanationReason(
            Reconciliation.Figures dnp,
            Reconciliation.Figures rumbo,
            boolean figuresAgree,
            boolean dnpHasBpin,
            boolean rumboHasBpin) {
        if (dnpHasBpin != rumboHasBpin && dnp.executed() == null) {
            return "La explicación difiere porque "
                    + (dnpHasBpin
                            ? "DNP asocia un BPIN a la fila y Rumbo no"
                            : "Rumbo tiene BPIN para la meta y DNP no lo asocia a la fila")
                    + ": DNP escribe «" + dnp.explanation() + "» y Rumbo «" + rumbo.explanation() + "».";
        }
        if (figuresAgree) {
            String ownRule = DnpExplanation.of(dnp.programmed(), dnp.executed(), dnpHasBpin);
            if (!ownRule.equals(dnp.explanation())) {
                return "DNP escribe «" + dnp.explanation() + "», pero con lo programado (" + number(dnp.programmed())
                        + ") y lo ejecutado (" + number(dnp.executed()) + ") que el mismo informe trae, su regla da «"
                        + ownRule + "»: es una inconsistencia del informe de DNP.";
            }
        }
        return "Por eso la explicación también difiere: DNP escribe «" + dnp.explanation() + "» y Rumbo «"
                + rumbo.explanation() + "».";
    }

    /** A blank programming is "nothing programmed", which DNP prints as 0. */
    static boolean sameProgrammed(BigDecimal dnp, BigDecimal rumbo) {
        BigDecimal a = dnp == null ? BigDecimal.ZERO : dnp;
        BigDecimal b = rumbo == null ? BigDecimal.ZERO : rumbo;
        return a.compareTo(b) == 0;
    }

    /**
     * DNP divides in binary floating point and prints 15 significant digits, so its figure is the
     * exact ratio only to those digits, and its last digit may be one off the exact ratio's rounding.
     * Equal means: the exact ratio is within one unit of DNP's 15th significant digit.
     */
    static boolean sameProgress(BigDecimal dnp, BigDecimal exact) {
        if (dnp == null || exact == null) {
            return dnp == null && exact == null;
        }
        if (exact.round(FIFTEEN_DIGITS).compareTo(dnp) == 0) {
            return true;
        }
        if (dnp.signum() == 0) {
            return false;
        }
        int leadingDigit = dnp.precision() - dnp.scale() - 1;
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(leadingDigit - 14);
        return exact.subtract(dnp).abs().compareTo(unit) <= 0;
    }

    private static BigDecimal key(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /** As the reasons print a figure: 15 significant digits at most, as the pages write numbers (1.250,5). */
    static String number(BigDecimal value) {
        if (value == null) {
            return "(vacío)";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(15);
        return format.format(value.round(FIFTEEN_DIGITS));
    }
}
