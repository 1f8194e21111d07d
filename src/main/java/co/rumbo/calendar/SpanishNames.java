package co.rumbo.calendar;

import java.time.YearMonth;
import java.util.List;

/**
 * Months and periods in Spanish words, as the interface writes them. All forms agree on the month,
 * "marzo de 2026"; they differ in how a quarter and a year read, because each is said where it is
 * used: in a sentence, as a heading, in a list, in a report. The texts are users' texts and tests'
 * texts: change one only on purpose.
 *
 * <p>Written out rather than taken from the JDK's locale data, so that a JDK update cannot turn
 * "septiembre" into "setiembre" under us.
 */
public final class SpanishNames {

    private static final List<String> MONTHS = List.of(
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre");

    private static final List<String> ORDINALS = List.of("primer", "segundo", "tercer", "cuarto");

    private SpanishNames() {}

    /** "enero" … "diciembre", lower case as Spanish writes them, January first. */
    public static List<String> months() {
        return MONTHS;
    }

    /** "marzo" for 3. */
    public static String month(int month) {
        return MONTHS.get(month - 1);
    }

    /** "marzo de 2026". */
    public static String month(YearMonth month) {
        return month(month.getMonthValue()) + " de " + month.getYear();
    }

    /** For the middle of a sentence: "marzo de 2026", "el trimestre 2 de 2026", "la vigencia 2026". */
    public static String periodInSentence(Period period) {
        return switch (period.kind()) {
            case MONTH -> month(period.firstMonth());
            case QUARTER -> "el trimestre " + period.number() + " de " + period.year();
            case YEAR -> "la vigencia " + period.year();
        };
    }

    /** For a heading or a choice, capitalized: "Marzo de 2026", "Trimestre 2 de 2026", "Vigencia 2026". */
    public static String periodHeading(Period period) {
        return switch (period.kind()) {
            case MONTH -> capitalized(month(period.firstMonth()));
            case QUARTER -> "Trimestre " + period.number() + " de " + period.year();
            case YEAR -> "Vigencia " + period.year();
        };
    }

    /** For lists, the year first where there is no month: "marzo de 2026", "2026 · trimestre 3", "2026". */
    public static String periodCompact(Period period) {
        return switch (period.kind()) {
            case MONTH -> month(period.firstMonth());
            case QUARTER -> period.year() + " · trimestre " + period.number();
            case YEAR -> Integer.toString(period.year());
        };
    }

    /** As a report says it: "marzo de 2026", "primer trimestre de 2026", "año 2026". */
    public static String periodWithOrdinal(Period period) {
        return switch (period.kind()) {
            case MONTH -> month(period.firstMonth());
            case QUARTER -> ORDINALS.get(period.number() - 1) + " trimestre de " + period.year();
            case YEAR -> "año " + period.year();
        };
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
