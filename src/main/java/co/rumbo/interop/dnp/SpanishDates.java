package co.rumbo.interop.dnp;

import co.rumbo.calendar.SpanishNames;
import co.rumbo.interop.xlsx.HeaderText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses dates written in words, as DNP does: "31 de diciembre de 2025". */
final class SpanishDates {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2}) de ([a-z]+) (?:de|del) (\\d{4})");

    private SpanishDates() {}

    /** The first "<día> de <mes> de <año>" found in the text, if it is a real date. */
    static Optional<LocalDate> find(String text) {
        Matcher matcher = DATE.matcher(HeaderText.normalize(text));
        if (!matcher.find()) {
            return Optional.empty();
        }
        String monthName = matcher.group(2).equals("setiembre") ? "septiembre" : matcher.group(2);
        int month = SpanishNames.months().indexOf(monthName) + 1;
        if (month == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    LocalDate.of(Integer.parseInt(matcher.group(3)), month, Integer.parseInt(matcher.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
