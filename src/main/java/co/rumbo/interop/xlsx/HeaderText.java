package co.rumbo.interop.xlsx;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalizes header texts so that columns are found by name whatever the accents, case and spacing:
 * real files write "Ejecución Física", "EJECUCION  FISICA" or "ejecución física\n" for the same
 * column.
 */
public final class HeaderText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private HeaderText() {}

    /**
     * Returns the text without accents, in lower case, with runs of white space (including
     * non-breaking spaces and line breaks) collapsed to one space and trimmed; {@code ""} for null.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(withoutMarks).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    /** Trims the text and collapses inner runs of white space to one space; null stays null. */
    public static String collapseSpaces(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(text).replaceAll(" ").trim();
    }
}
