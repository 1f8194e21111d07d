package co.rumbo.interop;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What loading a DNP seguimiento file into a plan did ({@link DnpSeguimientoImport#load}).
 *
 * @param daneCode the entity's DANE code, from the file name; null when the name does not tell
 * @param cutDate DNP's cut date ("Informe generado con información de SisPT al …"); null if absent
 * @param years the execution years of the file
 * @param warnings what was loaded anyway but deserves a look (unknown SisPT codes, values kept from
 *     another source…)
 * @param errors always empty here: a file with errors is refused ({@link DnpImportRejected})
 */
public record DnpImportResult(
        UUID planId,
        String fileName,
        String daneCode,
        String entityName,
        LocalDate cutDate,
        List<Integer> years,
        Counts counts,
        List<ImportIssue> warnings,
        List<ImportIssue> errors) {

    public DnpImportResult {
        years = List.copyOf(years);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    /**
     * @param physicalUnits rows of "Detalle seguimiento físico" (reconciliation units)
     * @param financialUnits rows of "Detalle seguimiento financiero"
     * @param multiGoalPhysicalUnits physical rows that add up several goals ("IP-12, IP-16"); kept
     *     as units, never split into goals
     * @param multiGoalFinancialUnits the same for the financial sheet
     * @param unknownCodes SisPT codes of the file that the plan does not have
     * @param goalValues yearly executed values of one-goal physical units (source DNP)
     * @param budgetExecutions yearly budget executions of one-goal financial units (source DNP)
     * @param valuesWritten goal values inserted or changed (unchanged ones are not rewritten)
     * @param valuesRemoved DNP values of an earlier load that this file no longer has
     * @param budgetsWritten budget executions inserted or changed
     * @param budgetsRemoved DNP budget executions of an earlier load that this file no longer has
     * @param keptFromOtherSources goal values and budgets not overwritten because a person (or
     *     another source) set them
     */
    public record Counts(
            int physicalUnits,
            int financialUnits,
            int multiGoalPhysicalUnits,
            int multiGoalFinancialUnits,
            int unknownCodes,
            int goalValues,
            int budgetExecutions,
            int valuesWritten,
            int valuesRemoved,
            int budgetsWritten,
            int budgetsRemoved,
            int keptFromOtherSources) {}
}
