package co.rumbo.interop.sispt;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Numbers as a Colombian reader writes them in messages: 1.234.567,89, every decimal kept. */
final class Numbers {

    private static final DecimalFormatSymbols SYMBOLS = symbols();

    private Numbers() {}

    static String format(BigDecimal number) {
        if (number == null) {
            return "(en blanco)";
        }
        // DecimalFormat is not thread-safe: one per call, sharing the symbols it copies
        DecimalFormat format = new DecimalFormat("#,##0", SYMBOLS);
        format.setMaximumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
        return format.format(number);
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("es-CO"));
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        return symbols;
    }

    static String format(List<BigDecimal> numbers) {
        return numbers.stream().map(Numbers::format).collect(Collectors.joining("; "));
    }
}
