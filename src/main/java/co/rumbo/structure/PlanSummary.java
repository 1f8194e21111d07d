package co.rumbo.structure;

import java.util.UUID;

/** A development plan with its size. */
public record PlanSummary(
        UUID id,
        String name,
        int firstYear,
        int lastYear,
        String adoptingAct,
        int strategicLines,
        int outcomeGoals,
        int productGoals,
        int sgrProductGoals,
        int version) {}
