package co.rumbo.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A fiscal year opened for formulation: its deadline, the official letter (name only here), who
 * opened it, and the offices that have goals in the Plan Indicativo that year with their plans.
 */
public record Formulation(
        int year,
        LocalDate deadline,
        String letterName,
        String openedBy,
        Instant openedAt,
        List<OfficeToPlan> offices) {

    /** An office with goals for the year: how many, and its plan if it has started one. */
    public record OfficeToPlan(UUID officeId, String officeName, int goals, UUID planId, ActionPlanState state) {}

    public Formulation withOffices(List<OfficeToPlan> list) {
        return new Formulation(year, deadline, letterName, openedBy, openedAt, List.copyOf(list));
    }
}
