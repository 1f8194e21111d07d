package co.rumbo.progress;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers inside Spanish messages, written the Colombian way: 1.234,5. */
final class SpanishNumbers {

    private static final Locale COLOMBIA = Locale.forLanguageTag("es-CO");

    private SpanishNumbers() {}

    static String format(BigDecimal value) {
        // DecimalFormat is not thread-safe: one per call is cheap enough for messages.
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(COLOMBIA));
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
