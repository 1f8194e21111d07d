package co.rumbo.interop.sispt;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The check of an uploaded SisPT file, everything the import report shows before anything is saved.
 *
 * @param workbook the file's content; {@code null} when it could not be read
 * @param issues every problem, reading and content, ordered by sheet (the file's order) and row;
 *     problems with the whole file first
 * @param inferences the programming type of every product goal, and which ones were inferred
 * @param totals the ordinary budget by year and source; {@code null} when the file could not be read
 */
public record SisptImport(
        SisptWorkbook workbook, List<SisptIssue> issues, List<TypeInference> inferences, SisptTotals totals) {

    private static final Comparator<SisptIssue> BY_PLACE = Comparator.<SisptIssue>comparingInt(i -> i.sheet() == null
                    ? -1
                    : SisptSheet.named(i.sheet()).map(Enum::ordinal).orElse(99))
            .thenComparingInt(SisptIssue::row);

    public SisptImport {
        issues = issues.stream().sorted(BY_PLACE).toList();
        inferences = List.copyOf(inferences);
    }

    /** Whether the file can be saved: it was read and has no ERROR. */
    public boolean canBeSaved() {
        return workbook != null && errors().isEmpty();
    }

    public List<SisptIssue> errors() {
        return issues.stream().filter(SisptIssue::isError).toList();
    }

    public List<SisptIssue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }

    /** The goals whose programming type was deduced from their targets, for the report. */
    public List<TypeInference> inferredTypes() {
        return inferences.stream().filter(TypeInference::inferred).toList();
    }

    public Optional<SisptWorkbook> readWorkbook() {
        return Optional.ofNullable(workbook);
    }
}
