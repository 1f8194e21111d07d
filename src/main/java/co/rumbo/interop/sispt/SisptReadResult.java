package co.rumbo.interop.sispt;

import java.util.List;
import java.util.Optional;

/**
 * What {@link SisptReader} got from a file: the workbook, unless the file could not be read at all,
 * and the problems found while reading (structure and cells). The checks of content are {@link
 * SisptValidator}'s.
 *
 * @param workbook {@code null} when the file is not a readable xlsx (then {@code issues} says why)
 * @param issues every problem found while reading, in the order found
 */
public record SisptReadResult(SisptWorkbook workbook, List<SisptIssue> issues) {

    public SisptReadResult {
        issues = List.copyOf(issues);
        if (workbook == null && issues.stream().noneMatch(SisptIssue::isError)) {
            throw new IllegalArgumentException("an unreadable file needs an ERROR saying why");
        }
    }

    static SisptReadResult unreadable(String message) {
        return new SisptReadResult(null, List.of(SisptIssue.fileError(message)));
    }

    /** The workbook, when the file could be read. */
    public Optional<SisptWorkbook> readWorkbook() {
        return Optional.ofNullable(workbook);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(SisptIssue::isError);
    }
}
