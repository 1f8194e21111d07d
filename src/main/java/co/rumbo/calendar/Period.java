package co.rumbo.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal year, a quarter or a month, written {@code 2025}, {@code 2025-Q3} or {@code 2025-09}.
 *
 * @param kind year, quarter or month
 * @param year the calendar (= fiscal) year
 * @param number the period's number inside its year: 1 for a year, 1–4 for a quarter, 1–12 for a month
 */
public record Period(PeriodKind kind, int year, int number) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public Period {
        Objects.requireNonNull(kind, "kind");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("Año fuera de rango: " + year);
        }
        if (number < 1 || number > kind.perYear()) {
            throw new IllegalArgumentException(
                    "Un periodo de tipo %s no puede tener el número %d.".formatted(kind, number));
        }
    }

    public static Period ofYear(int year) {
        return new Period(PeriodKind.YEAR, year, 1);
    }

    public static Period ofQuarter(int year, int quarter) {
        return new Period(PeriodKind.QUARTER, year, quarter);
    }

    public static Period ofMonth(int year, int month) {
        return new Period(PeriodKind.MONTH, year, month);
    }

    public static Period ofMonth(YearMonth month) {
        return ofMonth(month.getYear(), month.getMonthValue());
    }

    /** Reads {@code 2025}, {@code 2025-Q3} (or {@code 2025-q3}) and {@code 2025-09}. */
    public static Period parse(String text) {
        Objects.requireNonNull(text, "text");
        String value = text.strip();
        Matcher matcher;
        if ((matcher = YEAR.matcher(value)).matches()) {
            return ofYear(Integer.parseInt(matcher.group(1)));
        }
        if ((matcher = QUARTER.matcher(value)).matches()) {
            return ofQuarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        }
        if ((matcher = MONTH.matcher(value)).matches()) {
            int month = Integer.parseInt(matcher.group(2));
            if (month >= 1 && month <= 12) {
                return ofMonth(Integer.parseInt(matcher.group(1)), month);
            }
        }
        throw new IllegalArgumentException(
                "Periodo no válido: «%s». Escríbalo como 2025, 2025-Q3 o 2025-09.".formatted(text));
    }

    /** The period of the given kind that contains a date. */
    public static Period containing(PeriodKind kind, LocalDate date) {
        int number = (date.getMonthValue() - 1) / kind.months() + 1;
        return new Period(kind, date.getYear(), number);
    }

    /**
     * The cut of a date: the last period of the given kind that is closed on it, i.e. that ended
     * before it. On 2025-10-05 the quarterly cut is 2025-Q3 and the monthly cut 2025-09; on
     * 2025-09-30 September is still open, so the monthly cut is 2025-08.
     */
    public static Period lastClosed(PeriodKind kind, LocalDate date) {
        return containing(kind, date).previous();
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (number - 1) * kind.months() + 1);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(kind.months() - 1L);
    }

    /** The months the period spans, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(kind.months());
        for (YearMonth month = firstMonth(); !month.isAfter(lastMonth()); month = month.plusMonths(1)) {
            months.add(month);
        }
        return List.copyOf(months);
    }

    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** Closed on a date: the period ended before that date. */
    public boolean isClosedOn(LocalDate date) {
        return end().isBefore(date);
    }

    public Period next() {
        return plus(1);
    }

    public Period previous() {
        return plus(-1);
    }

    private Period plus(int periods) {
        int index = year * kind.perYear() + (number - 1) + periods;
        return new Period(kind, Math.floorDiv(index, kind.perYear()), Math.floorMod(index, kind.perYear()) + 1);
    }

    /**
     * The periods of a finer (or the same) kind that make up this one, in order: the quarters or
     * months of a year, the months of a quarter. Their positions are the period numbers of a series.
     */
    public List<Period> subPeriods(PeriodKind subKind) {
        Objects.requireNonNull(subKind, "subKind");
        if (subKind.months() > kind.months()) {
            throw new IllegalArgumentException(
                    "Un periodo de tipo %s no se divide en periodos de tipo %s.".formatted(kind, subKind));
        }
        List<Period> periods = new ArrayList<>();
        for (Period sub = containing(subKind, start()); !sub.start().isAfter(end()); sub = sub.next()) {
            periods.add(sub);
        }
        return List.copyOf(periods);
    }

    /**
     * The cut, on a date, of a series made of this period's sub-periods: how many of them are closed
     * (0 while the first is open, all of them once this period is over). For a year followed by
     * quarters on 2025-10-05 that is 3.
     */
    public int closedSubPeriods(PeriodKind subKind, LocalDate date) {
        return (int)
                subPeriods(subKind).stream().filter(sub -> sub.isClosedOn(date)).count();
    }

    /** {@code 2025}, {@code 2025-Q3} or {@code 2025-09}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "-Q" + number;
            case MONTH -> year + (number < 10 ? "-0" : "-") + number; // not formatted(): on every API call
        };
    }
}
