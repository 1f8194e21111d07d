/**
 * Periods (fiscal years, quarters, months) and their cuts, Colombian holidays, business days and
 * reporting deadlines.
 *
 * <p>Plain Java, like the progress engine: periods and deadlines are pure functions of dates, so
 * every module can use them without a Spring context. Public face: {@link co.rumbo.calendar.Period},
 * {@link co.rumbo.calendar.PeriodKind}, {@link co.rumbo.calendar.Holidays},
 * {@link co.rumbo.calendar.ColombianHolidays}, {@link co.rumbo.calendar.BusinessCalendar} and
 * {@link co.rumbo.calendar.SpanishNames}.
 */
package co.rumbo.calendar;
