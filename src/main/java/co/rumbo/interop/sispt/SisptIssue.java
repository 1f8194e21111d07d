package co.rumbo.interop.sispt;

import java.util.Objects;

/**
 * One problem found in a SisPT file, located as precisely as the problem allows.
 *
 * @param sheet the sheet's name as in the file, or {@code null} for a problem with the whole file
 * @param row the sheet's row number (1-based, as Excel shows it), or 0 when the problem is not in one row
 * @param column the column letter ("P"), or {@code null}
 * @param header the column's header as in the file ("Meta del cuatrienio"), or {@code null}
 * @param message what is wrong, in Spanish, for the person who uploaded the file
 * @param severity {@link Severity#ERROR} blocks the import; {@link Severity#WARNING} is reported only
 */
public record SisptIssue(String sheet, int row, String column, String header, String message, Severity severity) {

    /** How much a problem matters to the import. */
    public enum Severity {
        /** The file cannot be imported until this is fixed. */
        ERROR,
        /** The file can be imported; the import report shows it. */
        WARNING
    }

    public SisptIssue {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        if (row < 0) {
            throw new IllegalArgumentException("row must be >= 0: " + row);
        }
    }

    static SisptIssue fileError(String message) {
        return new SisptIssue(null, 0, null, null, message, Severity.ERROR);
    }

    /** Whether this problem blocks the import. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Where the problem is, in Spanish: "hoja «…», fila 12, columna P (Meta del cuatrienio)". */
    public String location() {
        StringBuilder where = new StringBuilder();
        if (sheet != null) {
            where.append("hoja «").append(sheet).append('»');
        }
        if (row > 0) {
            where.append(where.isEmpty() ? "" : ", ").append("fila ").append(row);
        }
        if (column != null || header != null) {
            where.append(where.isEmpty() ? "" : ", ").append("columna");
            if (column != null) {
                where.append(' ').append(column);
            }
            if (header != null) {
                where.append(column != null ? " (" + header + ")" : " «" + header + "»");
            }
        }
        return where.isEmpty() ? "archivo" : where.toString();
    }

    @Override
    public String toString() {
        return severity + " " + location() + ": " + message;
    }
}
