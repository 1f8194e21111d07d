package co.rumbo.tracking;

import co.rumbo.calendar.Period;

/** The name of a period in a Spanish sentence: "marzo de 2026", "el trimestre 2 de 2026", "2026". */
final class SpanishPeriod {

    private static final String[] MONTHS = {
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
        "diciembre"
    };

    private SpanishPeriod() {}

    static String of(Period period) {
        return switch (period.kind()) {
            case MONTH -> MONTHS[period.number() - 1] + " de " + period.year();
            case QUARTER -> "el trimestre " + period.number() + " de " + period.year();
            case YEAR -> "la vigencia " + period.year();
        };
    }
}
