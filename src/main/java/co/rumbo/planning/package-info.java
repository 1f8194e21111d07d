/**
 * The yearly Plan de Acción (PE-P-002): opening the formulation of a fiscal year, budget ceilings per
 * office, program and funding source, each office's action plan with its workflow
 * {@code BORRADOR → ENVIADO → DEVUELTO | REVISADO → APROBADO}, and the POAI consolidated from the
 * approved plans.
 *
 * <p>Public face: {@link co.rumbo.planning.ActionPlans} and its records. The Plan Indicativo is read
 * through the views {@code planning_goal_year} and {@code planning_goal_cost} (migration V11), never
 * from the structure module's tables directly.
 */
@ApplicationModule(
        allowedDependencies = {"platform", "organization", "identity", "progress", "calendar", "notification"})
package co.rumbo.planning;

import org.springframework.modulith.ApplicationModule;
