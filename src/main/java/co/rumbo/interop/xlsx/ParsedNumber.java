package co.rumbo.interop.xlsx;

import java.math.BigDecimal;

/**
 * The outcome of reading a cell as a number: blank, a value, or a text that is not a number.
 *
 * @param value the number, or null when blank or invalid
 * @param invalidText the text found when it is not a number, otherwise null
 */
public record ParsedNumber(BigDecimal value, String invalidText) {

    private static final ParsedNumber BLANK = new ParsedNumber(null, null);

    public ParsedNumber {
        if (value != null && invalidText != null) {
            throw new IllegalArgumentException("A number cannot be both a value and invalid text");
        }
    }

    /** An empty cell, or one holding only spaces. */
    public static ParsedNumber blank() {
        return BLANK;
    }

    /** A cell holding {@code value}. */
    public static ParsedNumber of(BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException("value is required; use blank()");
        }
        return new ParsedNumber(value, null);
    }

    /** A cell holding {@code text}, which is not a number. */
    public static ParsedNumber invalid(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text is required");
        }
        return new ParsedNumber(null, text);
    }

    /** True when the cell held something that is not a number. */
    public boolean isInvalid() {
        return invalidText != null;
    }
}
