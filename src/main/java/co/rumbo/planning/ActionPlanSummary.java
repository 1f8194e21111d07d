package co.rumbo.planning;

import java.time.LocalDate;
import java.util.UUID;

/** An action plan in a list: whose, which year, where it stands. */
public record ActionPlanSummary(
        UUID id,
        UUID officeId,
        String officeName,
        int year,
        ActionPlanState state,
        int round,
        LocalDate approvedOn,
        String minutesReference,
        int version) {}
