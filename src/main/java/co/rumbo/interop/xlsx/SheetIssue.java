package co.rumbo.interop.xlsx;

/**
 * A problem found while reading a workbook (DNP's seguimiento, Tenjo's own plan), located as
 * precisely as possible. One record for every reader so that callers show and filter issues the same
 * way whatever the file.
 *
 * @param sheet the sheet, or null for the file as a whole
 * @param row the 1-based row, or null for a whole sheet
 * @param column the column's header as written in the file, or null
 * @param message what is wrong, in Spanish, ready to show
 * @param severity {@link Severity#ERROR} when data was left out, {@link Severity#WARNING} otherwise
 */
public record SheetIssue(String sheet, Integer row, String column, String message, Severity severity) {

    public SheetIssue {
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

    public static SheetIssue error(String sheet, Integer row, String column, String message) {
        return new SheetIssue(sheet, row, column, message, Severity.ERROR);
    }

    public static SheetIssue warning(String sheet, Integer row, String column, String message) {
        return new SheetIssue(sheet, row, column, message, Severity.WARNING);
    }

    /** True for an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
