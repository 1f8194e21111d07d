package co.rumbo.interop.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the text of a numeric cell into an exact {@link BigDecimal}.
 *
 * <p>Excel keeps numbers as binary doubles and writes them with up to 17 significant digits, so a
 * typed 0.235 is stored as {@code 0.23499999999999999} and 1.1 as {@code 1.1000000000000001}. Excel
 * itself only honours 15 significant digits, so a value written with more is rounded back to 15:
 * that recovers what the person typed (0.235) and never changes a value Excel can show. Values with
 * 15 digits or fewer are kept exactly as written.
 */
public final class ExcelDecimal {

    /** Excel's precision: the digits it shows, compares and computes with. */
    public static final int EXCEL_DIGITS = 15;

    private static final MathContext EXCEL = new MathContext(EXCEL_DIGITS, RoundingMode.HALF_EVEN);

    // Plain decimals only: a comma is ambiguous (thousands or decimals) and must not be guessed.
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private ExcelDecimal() {}

    /**
     * Returns the number written in {@code text} (surrounding spaces allowed), or empty when the text
     * is not a plain decimal number (for example {@code "1,5"}, {@code "100%"} or {@code "N/A"}).
     */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (!NUMBER.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(toExcelPrecision(new BigDecimal(trimmed)));
    }

    /** Rounds a value with more than 15 significant digits to 15, without trailing zeros. */
    public static BigDecimal toExcelPrecision(BigDecimal value) {
        if (value.precision() <= EXCEL_DIGITS) {
            return value;
        }
        BigDecimal rounded = value.round(EXCEL).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
