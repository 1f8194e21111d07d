package co.rumbo.interop.tenjo;

import co.rumbo.interop.xlsx.SheetIssue;
import java.util.List;
import java.util.Optional;

/**
 * What reading Tenjo's workbook produced: its goals, when the file could be read, and every problem
 * found. A row with an error is left out (its issue says why).
 *
 * @param workbook the content; null only when the file or its goal sheet cannot be read
 * @param issues the problems, in the order found
 */
public record TenjoWorkbookReading(TenjoWorkbook workbook, List<SheetIssue> issues) {

    public TenjoWorkbookReading {
        issues = issues == null ? List.of() : List.copyOf(issues);
        if (workbook == null && issues.stream().noneMatch(SheetIssue::isError)) {
            throw new IllegalArgumentException("An unreadable file must come with an error");
        }
    }

    /** The content, empty when the file could not be read. */
    public Optional<TenjoWorkbook> content() {
        return Optional.ofNullable(workbook);
    }

    /** True when some issue is an error. */
    public boolean hasErrors() {
        return issues.stream().anyMatch(SheetIssue::isError);
    }
}
