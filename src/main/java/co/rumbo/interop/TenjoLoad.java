package co.rumbo.interop;

import java.util.List;

/**
 * What loading Tenjo's workbook into the demo plan did ({@link TenjoDemoValues#load}).
 *
 * @param workbookGoals goal rows read from the workbook
 * @param planGoals ordinary-budget goals of the plan
 * @param matched pairs workbook row ↔ plan goal whose values were loaded
 * @param productCodeMismatches matched pairs whose MGA product code differs (loaded anyway: the
 *     BPIN agrees and Tenjo's code column is known to be shifted)
 * @param values goal-quarter values in the workbook (source MUNICIPIO)
 * @param budgets goal-year budget executions in the workbook (source MUNICIPIO)
 * @param valuesWritten values inserted or changed; unchanged ones are not rewritten
 * @param valuesRemoved MUNICIPIO values of an earlier load that the workbook no longer has
 * @param budgetsWritten budget executions inserted or changed
 * @param budgetsRemoved MUNICIPIO budget executions of an earlier load no longer in the workbook
 * @param keptFromOtherSources values and budgets not overwritten because another source set them
 * @param warnings in Spanish
 * @param consistencyWarnings per goal and year, in Spanish, where the workbook's quarterly planning
 *     does not add up to (or end at, or keep) the plan's yearly target (progress-rules §6): the
 *     workbook often plans in its own units (a percentage as a fraction); nothing is rescaled
 */
public record TenjoLoad(
        int workbookGoals,
        int planGoals,
        int matched,
        int productCodeMismatches,
        int values,
        int budgets,
        int valuesWritten,
        int valuesRemoved,
        int budgetsWritten,
        int budgetsRemoved,
        int keptFromOtherSources,
        List<String> warnings,
        List<String> consistencyWarnings) {

    public TenjoLoad {
        warnings = List.copyOf(warnings);
        consistencyWarnings = List.copyOf(consistencyWarnings);
    }
}
