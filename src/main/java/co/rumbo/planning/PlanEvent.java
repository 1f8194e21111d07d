package co.rumbo.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One transition of a plan, kept forever: the round it belongs to, who, when, and the observations. The
 * first submission also keeps the deadline in force then and whether it came after it ({@code late}).
 */
public record PlanEvent(
        int round,
        ActionPlanState from,
        ActionPlanState to,
        String actor,
        String observations,
        Map<UUID, String> goalObservations,
        Instant at,
        LocalDate deadline,
        boolean late) {}
