package co.rumbo.calendar;

import java.time.LocalDate;
import java.util.SortedSet;

/** The public holidays of a country, year by year. */
public interface Holidays {

    /** The days observed as holidays in a year (a holiday moved to Monday appears on that Monday). */
    SortedSet<LocalDate> inYear(int year);

    default boolean isHoliday(LocalDate date) {
        return inYear(date.getYear()).contains(date);
    }
}
