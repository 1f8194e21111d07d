package co.rumbo.interop.xlsx;

/**
 * The file cannot be read as an xlsx workbook (damaged, truncated, or another format). The message
 * is in Spanish, ready to show: "El archivo no es un xlsx válido (…)".
 */
public class UnreadableXlsxException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason why, in Spanish, without the leading sentence (it is added here) */
    public UnreadableXlsxException(String reason, Throwable cause) {
        super("El archivo no es un xlsx válido (" + reason + ")", cause);
    }
}
