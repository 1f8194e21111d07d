package co.rumbo.tracking;

import java.util.UUID;

/**
 * A line of an office's sheet where what the office had typed differs from the treasury's figures: the
 * treasury's win, the office's stay on record beside them.
 */
public record TreasuryConflict(
        UUID officeId,
        String officeName,
        String projectBpin,
        String sourceCode,
        String sourceName,
        BudgetLine.Figures office,
        BudgetLine.Figures treasury) {}
