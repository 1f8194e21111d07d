/**
 * Bilateral follow-up (PE-P-004 steps 7–8): from the quarterly follow-up report the planning office
 * schedules meetings with the offices that have relevant alerts, records who attended, the minutes
 * (acta, a stored file) and the commitments agreed (what, who, by when, optionally for which goal), and
 * follows each commitment until it is done — in follow-up meetings if needed. Overdue commitments are
 * listed, shown on the tablero and reminded by e-mail.
 *
 * <p>Public face: {@link co.rumbo.meetings.Meetings}, {@link co.rumbo.meetings.Commitments} (with
 * {@link co.rumbo.meetings.Commitments#overdue} for the dashboard) and the records of this package.
 */
@ApplicationModule(
        allowedDependencies = {"platform", "organization", "identity", "calendar", "structure", "notification"})
package co.rumbo.meetings;

import org.springframework.modulith.ApplicationModule;
