/**
 * The Tablero de control: the plan's progress at a cut, rolled up by strategic line, sector, program
 * and office, physical progress next to financial execution, consistency alerts, lagging goals, and
 * its exports (xlsx, PDF).
 *
 * <p>Reads its data through SQL views it owns ({@code V8__dashboard_read_model.sql}) and computes
 * every figure with the progress engine; results are cached per (organization, plan, cut) and
 * recomputed when the data they were computed from changes. Public face: {@link
 * co.rumbo.dashboard.Dashboards} and the view records of this package.
 *
 * <p>The monthly and quarterly reports (PE-P-004 steps 5–6): {@link co.rumbo.dashboard.Reports}
 * generates them from closed capture periods with the tablero's figures at the report's cut, keeps every
 * version (PDF and xlsx in the platform's immutable file store), records the mayor's office's validation
 * and sends the validated quarterly report to the offices through the notification outbox. It reads the
 * capture through the tracking module's public face (tracking does not depend on this module).
 */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "identity",
            "progress",
            "calendar",
            "audit",
            "planning",
            "meetings",
            "tracking",
            "organization",
            "notification"
        })
package co.rumbo.dashboard;

import org.springframework.modulith.ApplicationModule;
