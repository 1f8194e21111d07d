package co.rumbo.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Colombia's public holidays (Ley 51 de 1983, "ley Emiliani": most of them moved to the next
 * Monday), from jollyday with the corrections below. Checked against
 * {@code golden/calendar/holidays.csv}.
 *
 * <p>Correction: jollyday 1.8.1 lists Easter Sunday (key {@code christian.EASTER}) as a Colombian
 * holiday; the law does not, and the golden file does not. It falls on a Sunday, so business days
 * are the same either way, but a list of holidays shown to people must not carry it.
 */
public final class ColombianHolidays implements Holidays {

    private static final Set<String> NOT_HOLIDAYS_IN_COLOMBIA = Set.of("christian.EASTER");

    private final HolidayManager manager;
    private final Map<Integer, SortedSet<LocalDate>> byYear = new ConcurrentHashMap<>();

    public ColombianHolidays() {
        this.manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.COLOMBIA));
    }

    @Override
    public SortedSet<LocalDate> inYear(int year) {
        return byYear.computeIfAbsent(year, this::load);
    }

    private SortedSet<LocalDate> load(int year) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (Holiday holiday : manager.getHolidays(Year.of(year))) {
            if (!NOT_HOLIDAYS_IN_COLOMBIA.contains(holiday.getPropertiesKey())) {
                // getDate() is the observed day: the Monday a moved holiday is taken on.
                dates.add(holiday.getDate());
            }
        }
        return Collections.unmodifiableSortedSet(dates);
    }
}
