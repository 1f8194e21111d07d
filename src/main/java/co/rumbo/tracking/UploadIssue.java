package co.rumbo.tracking;

/**
 * A problem of an uploaded file, located as a person finds it in Excel: the sheet (the file's name for
 * a CSV), the 1-based row and the column's letter with its title.
 *
 * @param sheet the sheet, or null for the file as a whole
 * @param row the 1-based row, or null for the whole sheet
 * @param column the column as "C (Apropiación definitiva)", or null for the whole row
 * @param message what is wrong, in Spanish
 */
public record UploadIssue(String sheet, Integer row, String column, String message) {

    public UploadIssue {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message is required");
        }
    }

    /** "Hoja «Ejecución», fila 7, columna D (Compromisos): …" */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (sheet != null) s.append("Hoja «").append(sheet).append("»");
        if (row != null) s.append(s.isEmpty() ? "Fila " : ", fila ").append(row);
        if (column != null) s.append(s.isEmpty() ? "Columna " : ", columna ").append(column);
        return (s.isEmpty() ? "" : s + ": ") + message;
    }
}
