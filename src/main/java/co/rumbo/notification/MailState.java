package co.rumbo.notification;

/** Where a mail of the outbox stands. */
public enum MailState {
    /** Waiting for its first attempt or for a retry after a failure. */
    PENDIENTE("Pendiente"),
    /** Failed many times in a row; still retried from time to time, and shown to the planning office. */
    FALLIDO("Fallido"),
    ENVIADO("Enviado"),
    /** Set aside by a person (a wrong address, say); kept on record, never sent. */
    DESCARTADO("Descartado");

    private final String label;

    MailState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
