package co.rumbo.interop.sispt;

/** The file cannot be read at all; the message says why, in Spanish, for the person who uploaded it. */
final class SisptFileRejected extends Exception {

    private static final long serialVersionUID = 1L;

    SisptFileRejected(String message) {
        super(message, null, false, false);
    }
}
