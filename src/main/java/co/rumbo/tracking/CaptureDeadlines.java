package co.rumbo.tracking;

import co.rumbo.calendar.BusinessCalendar;
import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.Users;
import co.rumbo.organization.OrganizationCalendars;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines of the capture for the planning office's follow-up: the sheets still owed after the
 * deadline of an open period (how late, in calendar and business days, and whom to call), and the days
 * the offices are reminded by e-mail ({@link ReminderDays}). Each person sees the offices they may see:
 * every office for the planning office, the mayor's office, control and the treasury; their own for an
 * office's people.
 */
@Service
public class CaptureDeadlines {

    /**
     * A sheet still owed after its deadline.
     *
     * @param daysOverdue calendar days since the deadline
     * @param businessDaysOverdue business days of the organization since the deadline
     * @param contacts e-mails of the office's leaders and liaisons (active users)
     */
    public record OverdueSheet(
            UUID officeId,
            String officeName,
            Period period,
            LocalDate deadline,
            ReportState state,
            int round,
            int rows,
            int filled,
            long daysOverdue,
            int businessDaysOverdue,
            List<String> contacts) {

        public OverdueSheet {
            Objects.requireNonNull(period, "period");
            contacts = List.copyOf(contacts);
        }
    }

    /**
     * The e-mails of an open period: the reminder goes on {@code reminderOn} to the offices that still
     * owe their sheet, the notice of a missed deadline on {@code noticeOn}.
     */
    public record Schedule(
            Period period,
            LocalDate deadline,
            int reminderDays,
            LocalDate reminderOn,
            LocalDate noticeOn,
            int sheets,
            int pending) {}

    private final CapturePeriods periods;
    private final ProgressReports reports;
    private final OrganizationCalendars calendars;
    private final Users users;

    CaptureDeadlines(CapturePeriods periods, ProgressReports reports, OrganizationCalendars calendars, Users users) {
        this.periods = periods;
        this.reports = reports;
        this.calendars = calendars;
        this.users = users;
    }

    /**
     * The sheets still owed after their deadline on {@code today}, of one period or of every open one, the
     * latest first.
     *
     * @throws co.rumbo.platform.NotFoundException {@code period} was never opened
     */
    @Transactional(readOnly = true)
    public List<OverdueSheet> overdue(CurrentUser user, Period period, LocalDate today) {
        UUID org = user.requireOrganization();
        if (period != null) {
            periods.get(org, period);
        }
        BusinessCalendar calendar = calendars.calendar(org);
        return reports.overdue(org, today).stream()
                .filter(s -> period == null || s.period().equals(period))
                .filter(s -> user.canSeeOffice(s.officeId()))
                .map(s -> new OverdueSheet(
                        s.officeId(),
                        s.officeName(),
                        s.period(),
                        s.deadline(),
                        s.state(),
                        s.round(),
                        s.rows(),
                        s.filled(),
                        ChronoUnit.DAYS.between(s.deadline(), today),
                        businessDaysBetween(calendar, s.deadline(), today),
                        contacts(org, s.officeId())))
                .sorted(Comparator.comparing((OverdueSheet o) -> o.period().start())
                        .reversed()
                        .thenComparing(OverdueSheet::daysOverdue, Comparator.reverseOrder())
                        .thenComparing(OverdueSheet::officeName))
                .toList();
    }

    /** The reminder days of the organization's open periods, the latest first. */
    @Transactional(readOnly = true)
    public List<Schedule> schedule(CurrentUser user) {
        UUID org = user.requireOrganization();
        BusinessCalendar calendar = calendars.calendar(org);
        int n = periods.settings(org).reminderDays();
        return periods.periods(org).stream()
                .filter(CapturePeriod::open)
                .map(p -> {
                    List<SheetSummary> sheets = reports.sheets(org, p.period()).stream()
                            .filter(s -> user.canSeeOffice(s.officeId()))
                            .toList();
                    return new Schedule(
                            p.period(),
                            p.deadline(),
                            n,
                            ReminderDays.reminder(calendar, p.deadline(), n),
                            ReminderDays.overdueNotice(calendar, p.deadline()),
                            sheets.size(),
                            (int) sheets.stream()
                                    .filter(s -> s.state().pending())
                                    .count());
                })
                .toList();
    }

    private List<String> contacts(UUID org, UUID officeId) {
        Set<String> emails = new LinkedHashSet<>(users.emailsOf(org, officeId, Role.LIDER));
        emails.addAll(users.emailsOf(org, officeId, Role.ENLACE));
        return List.copyOf(emails);
    }

    /** Business days in (from, to]. */
    static int businessDaysBetween(BusinessCalendar calendar, LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                days++;
            }
        }
        return days;
    }
}
