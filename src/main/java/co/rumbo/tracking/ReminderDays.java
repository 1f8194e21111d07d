package co.rumbo.tracking;

import co.rumbo.calendar.BusinessCalendar;
import java.time.LocalDate;

/**
 * The days the offices are reminded of a deadline, on the organization's calendar.
 *
 * <p>The reminder goes {@code n} business days (días hábiles) before the deadline: counted on business
 * days, it always falls on one, and holidays or the organization's own non-working days in between move
 * it earlier, so that an office always gets {@code n} working days to finish. With {@code n = 0} it goes
 * on the deadline itself (a business day: deadlines are moved to one). The notice of a missed deadline
 * goes on the first business day after it. A job that did not run on that day (the server was down)
 * still sends what is missing on the next business days: the reminder until the deadline, the notice
 * up to {@link #CATCH_UP} business days after its day; never twice, thanks to the outbox's keys.
 */
final class ReminderDays {

    /** Business days after its day on which a missed overdue notice is still sent. */
    static final int CATCH_UP = 2;

    private ReminderDays() {}

    /** The business day {@code n} business days before {@code deadline}. */
    static LocalDate reminder(BusinessCalendar calendar, LocalDate deadline, int n) {
        LocalDate day = deadline;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            if (calendar.isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The first business day after {@code deadline}. */
    static LocalDate overdueNotice(BusinessCalendar calendar, LocalDate deadline) {
        return calendar.plusBusinessDays(deadline, 1);
    }

    /** Whether {@code today} is a day to send the reminder (its day, or a later one up to the deadline). */
    static boolean remindOn(BusinessCalendar calendar, LocalDate deadline, int n, LocalDate today) {
        return calendar.isBusinessDay(today)
                && !today.isAfter(deadline)
                && !today.isBefore(reminder(calendar, deadline, n));
    }

    /** Whether {@code today} is a day to send the overdue notice (its day, or up to CATCH_UP later). */
    static boolean noticeOn(BusinessCalendar calendar, LocalDate deadline, LocalDate today) {
        LocalDate first = overdueNotice(calendar, deadline);
        return calendar.isBusinessDay(today)
                && !today.isBefore(first)
                && !today.isAfter(calendar.plusBusinessDays(first, CATCH_UP));
    }
}
