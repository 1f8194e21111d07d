package co.rumbo.dashboard;

import java.util.UUID;

/** The plan a tablero is about, with its organization's name for the headings and the exports. */
public record PlanInfo(
        UUID id,
        UUID organizationId,
        String organizationName,
        String daneCode,
        String name,
        int firstYear,
        int lastYear) {

    /** The years of the plan, in order (usually four). */
    public int years() {
        return lastYear - firstYear + 1;
    }
}
