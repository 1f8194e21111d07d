package co.rumbo.interop.sispt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the text of a SisPT cell is cleaned and turned into numbers, flags and lists. */
final class CellText {

    // OOXML escapes characters as _xHHHH_; DNP's export leaves "_x000D_\n" at the end of sector names
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private CellText() {}

    /**
     * The text as a person reads it: OOXML escapes decoded and the ends trimmed of spaces, line
     * breaks and no-break spaces. Blank text is {@code null}.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String decoded = text;
        if (text.indexOf("_x") >= 0) {
            Matcher m = OOXML_ESCAPE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(
                        out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
            }
            decoded = m.appendTail(out).toString();
        }
        String trimmed = decoded.replace('\u00A0', ' ').strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * The number a cell's text holds, exactly and with the scale it is written with ("71591416.002"
     * keeps its three decimals), or {@code null} when the text is not a plain decimal number. Thousands
     * separators and decimal commas are not guessed: "1.500" could be either.
     */
    static BigDecimal number(String text) {
        String clean = clean(text);
        if (clean == null || !PLAIN_NUMBER.matcher(clean).matches()) {
            return null;
        }
        try {
            return new BigDecimal(clean.startsWith("+") ? clean.substring(1) : clean);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** "Sí"/"Si"/"No" as a flag; {@code null} for blank or anything else. */
    static Boolean yesNo(String text) {
        String normalized = Headers.normalize(text);
        return switch (normalized) {
            case "si" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    static String yesNo(Boolean flag) {
        return flag == null ? null : flag ? "Sí" : "No";
    }

    /** The BPINs of a cell: one or several, separated by commas, semicolons or spaces. */
    static List<String> bpins(String text) {
        String clean = clean(text);
        List<String> bpins = new ArrayList<>();
        if (clean != null) {
            for (String part : clean.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    bpins.add(part);
                }
            }
        }
        return bpins;
    }

    /**
     * A code that should be text ("04", "170202300") but may come as a number cell, which loses the
     * leading zeros of the MGA codes: they are put back to the code's known width.
     */
    static String code(String text, int width) {
        String clean = clean(text);
        if (clean == null || width <= 0 || !clean.matches("\\d+(\\.0+)?")) {
            return clean;
        }
        String digits = clean.replaceFirst("\\.0+$", "");
        return digits.length() < width ? "0".repeat(width - digits.length()) + digits : digits;
    }
}
