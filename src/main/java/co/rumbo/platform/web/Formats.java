package co.rumbo.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Colombian formats for the pages, reachable in templates as {@code @fmt}: 1.234.567,89;
 * $ 1.234.567 for pesos; 85,3 % for ratios; dd/mm/aaaa for dates. Blank (undefined) figures print
 * as an em dash so that "no figure" never looks like zero.
 */
@Component("fmt")
public class Formats {

    public static final Locale ES_CO = Locale.forLanguageTag("es-CO");
    public static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String BLANK = "—";

    /** A quantity with up to {@code maxDecimals} decimals, no trailing zeros. */
    public String number(BigDecimal value, int maxDecimals) {
        if (value == null) return BLANK;
        DecimalFormat f = format("#,##0");
        f.setMaximumFractionDigits(maxDecimals);
        return f.format(value);
    }

    public String number(BigDecimal value) {
        return number(value, 6);
    }

    public String number(Number value) {
        return value == null ? BLANK : number(new BigDecimal(value.toString()), 6);
    }

    /** Pesos, with cents only when there are any. */
    public String money(BigDecimal value) {
        if (value == null) return BLANK;
        DecimalFormat f = format("#,##0");
        boolean cents = value.stripTrailingZeros().scale() > 0;
        f.setMinimumFractionDigits(cents ? 2 : 0);
        f.setMaximumFractionDigits(2);
        return "$ " + f.format(value);
    }

    /** A ratio as a percentage with one decimal: 0.8533 → "85,3 %". Never capped. */
    public String percent(BigDecimal ratio) {
        if (ratio == null) return BLANK;
        DecimalFormat f = format("#,##0.0");
        return f.format(ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    public String date(TemporalAccessor date) {
        if (date == null) return BLANK;
        if (date instanceof Instant i) return DATE.format(i.atZone(BOGOTA));
        return DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? BLANK : DATE_TIME.format(instant.atZone(BOGOTA));
    }

    public String today() {
        return DATE.format(LocalDate.now(BOGOTA));
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(ES_CO);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        DecimalFormat f = new DecimalFormat(pattern, symbols);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
