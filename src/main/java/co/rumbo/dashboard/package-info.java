/**
 * The Tablero de control: the plan's progress at a cut, rolled up by strategic line, sector, program
 * and office, physical progress next to financial execution, consistency alerts, lagging goals, and
 * its exports (xlsx, PDF).
 *
 * <p>Reads its data through SQL views it owns ({@code V8__dashboard_read_model.sql}) and computes
 * every figure with the progress engine; results are cached per (organization, plan, cut) and
 * recomputed when the data they were computed from changes. Public face: {@link
 * co.rumbo.dashboard.Dashboards} and the view records of this package.
 */
@ApplicationModule(
        allowedDependencies = {"platform", "identity", "progress", "calendar", "audit", "planning", "meetings"})
package co.rumbo.dashboard;

import org.springframework.modulith.ApplicationModule;
