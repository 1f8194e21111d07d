package co.rumbo.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts in pesos and dates as people write them in a treasury report: "1.234.567,89" (Colombian),
 * "1,234,567.89", "$ 600.000", "(5.000)" for a negative, and "31/03/2026" or "2026-03-31". A single
 * separator followed by exactly three digits groups thousands ("600.000" is six hundred thousand): pesos
 * have at most two decimals, so it cannot be a decimal part. Numeric cells of a workbook are not text and
 * are read as they are (rounded to the cent).
 */
final class MoneyText {

    /** What a cell holds: a number, nothing, or text that is not a number. */
    record Parsed(BigDecimal value, boolean blank, String invalid) {
        static final Parsed BLANK = new Parsed(null, true, null);

        static Parsed of(BigDecimal value) {
            return new Parsed(value, false, null);
        }

        static Parsed invalid(String text) {
            return new Parsed(null, false, text);
        }

        boolean ok() {
            return value != null;
        }
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9][0-9.,]*");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private MoneyText() {}

    /** An amount of a cell: numeric cells as they are, rounded to the cent; text by the rules above. */
    static Parsed amount(TabularUpload.CellValue cell) {
        if (cell.blank()) {
            return Parsed.BLANK;
        }
        if (cell.number() != null) {
            return Parsed.of(cell.number().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
        }
        return amount(cell.text());
    }

    static Parsed amount(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.BLANK;
        }
        String s = text.strip().replace("\u00A0", "").replace(" ", "");
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.startsWith("$")) {
            s = s.substring(1);
        } else if (s.toUpperCase().startsWith("COP")) {
            s = s.substring(3);
        }
        if (s.startsWith("-") && !negative) {
            negative = true;
            s = s.substring(1);
        }
        if (!DIGITS.matcher(s).matches() || s.endsWith(".") || s.endsWith(",")) {
            return Parsed.invalid(text.strip());
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        String plain;
        if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            if (count(s, decimal) > 1) {
                return Parsed.invalid(text.strip());
            }
            plain = s.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (dots + commas == 1) {
            char separator = dots == 1 ? '.' : ',';
            int after = s.length() - s.indexOf(separator) - 1;
            plain = after == 3 ? s.replace(String.valueOf(separator), "") : s.replace(separator, '.');
        } else if (dots + commas > 1) {
            plain = s.replace(".", "").replace(",", "");
        } else {
            plain = s;
        }
        try {
            BigDecimal value = new BigDecimal(plain);
            return Parsed.of(negative ? value.negate() : value);
        } catch (NumberFormatException e) {
            return Parsed.invalid(text.strip());
        }
    }

    /** A date of a cell: an Excel serial number, or text dd/mm/aaaa or aaaa-mm-dd. Empty when not one. */
    static Optional<LocalDate> date(TabularUpload.CellValue cell) {
        if (cell.blank()) {
            return Optional.empty();
        }
        if (cell.number() != null) {
            BigDecimal serial = cell.number();
            if (serial.signum() <= 0 || serial.compareTo(BigDecimal.valueOf(2958465)) > 0) {
                return Optional.empty();
            }
            return Optional.of(EXCEL_EPOCH.plusDays(serial.longValue()));
        }
        String text = cell.text().strip();
        try {
            Matcher dmy = DMY.matcher(text);
            if (dmy.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(dmy.group(3)),
                        Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))));
            }
            Matcher ymd = YMD.matcher(text);
            if (ymd.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(ymd.group(1)),
                        Integer.parseInt(ymd.group(2)),
                        Integer.parseInt(ymd.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) n++;
        }
        return n;
    }
}
