package co.rumbo.planning;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One transition of a plan, kept forever: the round it belongs to, who, when, and the observations. */
public record PlanEvent(
        int round,
        ActionPlanState from,
        ActionPlanState to,
        String actor,
        String observations,
        Map<UUID, String> goalObservations,
        Instant at) {}
