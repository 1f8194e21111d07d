package co.rumbo.tracking;

import java.math.BigDecimal;

/** Numbers as people type them in Colombia, for forms and uploaded files. */
public final class Decimals {

    private Decimals() {}

    /**
     * Reads "1.234.567,89" (dots group thousands, the comma is the decimal mark), "12,5", "12.5" and
     * "1.250" (thousands, as the planning pages read it); spaces, "$" and "%" are ignored. Blank is
     * null.
     *
     * @throws NumberFormatException not a number
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean =
                text.strip().replace("$", "").replace("%", "").replace(" ", "").replace("\u00a0", "");
        if (clean.contains(",")) {
            clean = clean.replace(".", "").replace(',', '.');
        } else if (clean.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            clean = clean.replace(".", "");
        }
        if (!clean.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(clean);
    }
}
