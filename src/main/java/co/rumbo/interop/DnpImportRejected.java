package co.rumbo.interop;

import java.util.List;

/**
 * A DNP seguimiento file was refused and nothing was stored: it cannot be opened
 * ({@link Reason#UNREADABLE}, HTTP 400) or its content is incomplete or wrong
 * ({@link Reason#INVALID}, HTTP 422). The message and every error are in Spanish.
 */
public class DnpImportRejected extends RuntimeException {

    /** Why the file was refused. */
    public enum Reason {
        /** Not an xlsx file, or a damaged one. */
        UNREADABLE,
        /** A sheet, a column or a value is missing or wrong, or the file is another entity's. */
        INVALID
    }

    private final Reason reason;
    private final transient List<ImportIssue> errors;
    private final transient List<ImportIssue> warnings;

    DnpImportRejected(Reason reason, String message, List<ImportIssue> errors, List<ImportIssue> warnings) {
        super(message);
        this.reason = reason;
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
    }

    public Reason reason() {
        return reason;
    }

    public List<ImportIssue> errors() {
        return errors;
    }

    public List<ImportIssue> warnings() {
        return warnings;
    }
}
