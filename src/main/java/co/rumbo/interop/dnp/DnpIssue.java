package co.rumbo.interop.dnp;

import co.rumbo.interop.xlsx.Severity;

/**
 * A problem found while reading a DNP seguimiento file, located as precisely as possible.
 *
 * @param sheet the sheet, or null for the file as a whole
 * @param row the 1-based row, or null for a whole sheet
 * @param column the column's header as written in the file, or null
 * @param message what is wrong, in Spanish, ready to show
 * @param severity {@link Severity#ERROR} when data was left out, {@link Severity#WARNING} otherwise
 */
public record DnpIssue(String sheet, Integer row, String column, String message, Severity severity) {

    public DnpIssue {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message is required");
        }
        if (severity == null) {
            throw new IllegalArgumentException("severity is required");
        }
        if (row != null && row < 1) {
            throw new IllegalArgumentException("row is 1-based: " + row);
        }
    }

    static DnpIssue error(String sheet, Integer row, String column, String message) {
        return new DnpIssue(sheet, row, column, message, Severity.ERROR);
    }

    static DnpIssue warning(String sheet, Integer row, String column, String message) {
        return new DnpIssue(sheet, row, column, message, Severity.WARNING);
    }

    /** True for an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
