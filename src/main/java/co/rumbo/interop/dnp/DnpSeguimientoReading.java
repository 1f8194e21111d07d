package co.rumbo.interop.dnp;

import co.rumbo.interop.xlsx.SheetIssue;
import java.util.List;
import java.util.Optional;

/**
 * What reading a DNP seguimiento file produced: its content, when the file could be opened, and
 * every problem found. A row with an error is left out of the content (its issue says why), so a
 * blank value in the content always means "blank in the file", never "could not be read".
 *
 * @param seguimiento the content; null only when the file itself cannot be read
 * @param issues the problems, in the order found
 */
public record DnpSeguimientoReading(DnpSeguimiento seguimiento, List<SheetIssue> issues) {

    public DnpSeguimientoReading {
        issues = issues == null ? List.of() : List.copyOf(issues);
        if (seguimiento == null && issues.stream().noneMatch(SheetIssue::isError)) {
            throw new IllegalArgumentException("An unreadable file must come with an error");
        }
    }

    /** The content, empty when the file could not be read at all. */
    public Optional<DnpSeguimiento> content() {
        return Optional.ofNullable(seguimiento);
    }

    /** True when some issue is an error: part or all of the file was left out. */
    public boolean hasErrors() {
        return issues.stream().anyMatch(SheetIssue::isError);
    }

    /** The error issues only. */
    public List<SheetIssue> errors() {
        return issues.stream().filter(SheetIssue::isError).toList();
    }
}
