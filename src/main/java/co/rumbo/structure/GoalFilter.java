package co.rumbo.structure;

import co.rumbo.progress.ProgrammingType;
import java.util.UUID;

/** Filters of the plan tree and the goal list; every field is optional. */
public record GoalFilter(
        UUID officeId, String sectorCode, ProgrammingType programmingType, String text, BudgetKind budgetKind) {

    public static final GoalFilter NONE = new GoalFilter(null, null, null, null, null);

    public GoalFilter {
        sectorCode = sectorCode == null || sectorCode.isBlank() ? null : sectorCode.trim();
        text = text == null || text.isBlank() ? null : text.trim();
    }

    public boolean isEmpty() {
        return officeId == null && sectorCode == null && programmingType == null && text == null && budgetKind == null;
    }
}
