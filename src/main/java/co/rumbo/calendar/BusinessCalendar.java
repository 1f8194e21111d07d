package co.rumbo.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Business days of an organization: not a Saturday, a Sunday, a public holiday or one of the
 * organization's own non-working days (a municipal holiday, a day decreed off). Immutable.
 */
public final class BusinessCalendar {

    private static final Holidays COLOMBIA = new ColombianHolidays();

    private final Holidays holidays;
    private final Set<LocalDate> extraNonWorkingDays;

    public BusinessCalendar(Holidays holidays, Collection<LocalDate> extraNonWorkingDays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.extraNonWorkingDays = Set.copyOf(Objects.requireNonNull(extraNonWorkingDays, "extraNonWorkingDays"));
    }

    /** Colombia's calendar, without days of any organization. */
    public static BusinessCalendar colombia() {
        return colombia(Set.of());
    }

    /** Colombia's calendar plus an organization's extra non-working days. */
    public static BusinessCalendar colombia(Collection<LocalDate> organizationNonWorkingDays) {
        return new BusinessCalendar(COLOMBIA, organizationNonWorkingDays);
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.isHoliday(date);
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !holidays.isHoliday(date)
                && !extraNonWorkingDays.contains(date);
    }

    /** The date itself when it is a business day, otherwise the next one. */
    public LocalDate businessDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * When a report is due: {@code daysAfter} calendar days after the period's end, moved to the
     * next business day when that day is not one.
     */
    public LocalDate deadline(LocalDate periodEnd, int daysAfter) {
        Objects.requireNonNull(periodEnd, "periodEnd");
        if (daysAfter < 0) {
            throw new IllegalArgumentException("El plazo no puede ser negativo: " + daysAfter);
        }
        return businessDayOnOrAfter(periodEnd.plusDays(daysAfter));
    }

    /** {@link #deadline(LocalDate, int)} for the end of a period. */
    public LocalDate deadline(Period period, int daysAfter) {
        return deadline(period.end(), daysAfter);
    }

    /** The business day {@code businessDays} business days after a date (días hábiles). */
    public LocalDate plusBusinessDays(LocalDate date, int businessDays) {
        if (businessDays < 0) {
            throw new IllegalArgumentException("El número de días hábiles no puede ser negativo: " + businessDays);
        }
        LocalDate day = date;
        for (int counted = 0; counted < businessDays; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
