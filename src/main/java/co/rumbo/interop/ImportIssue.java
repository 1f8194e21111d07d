package co.rumbo.interop;

/**
 * A problem found in an imported file, located as precisely as possible, in Spanish.
 *
 * @param sheet the sheet, or null for the file as a whole
 * @param row the 1-based row, or null for a whole sheet
 * @param column the column's header as written in the file, or null
 */
public record ImportIssue(String sheet, Integer row, String column, String message) {

    public ImportIssue {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message is required");
        }
    }

    static ImportIssue of(String message) {
        return new ImportIssue(null, null, null, message);
    }
}
