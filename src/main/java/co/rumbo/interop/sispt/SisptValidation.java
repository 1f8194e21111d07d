package co.rumbo.interop.sispt;

import java.util.List;

/**
 * The content checks of a workbook.
 *
 * @param issues the problems found, product goals in the file's order
 * @param inferences the programming type of every product goal (ordinary and SGR), saying which were
 *     inferred
 */
public record SisptValidation(List<SisptIssue> issues, List<TypeInference> inferences) {

    public SisptValidation {
        issues = List.copyOf(issues);
        inferences = List.copyOf(inferences);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(SisptIssue::isError);
    }
}
