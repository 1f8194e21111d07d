package co.rumbo.tracking;

/** The states of a capture sheet: {@code BORRADOR → ENVIADO → DEVUELTO | ACEPTADO}. */
public enum ReportState {
    BORRADOR("Borrador"),
    ENVIADO("Enviada"),
    DEVUELTO("Devuelta"),
    ACEPTADO("Aceptada");

    private final String label;

    ReportState(String label) {
        this.label = label;
    }

    /** The Spanish name shown on pages. */
    public String label() {
        return label;
    }

    /** The office may change its rows (and submit) in this state. */
    public boolean editableByOffice() {
        return this == BORRADOR || this == DEVUELTO;
    }

    /** Still owed by the office: not sent, or returned and not sent again. */
    public boolean pending() {
        return editableByOffice();
    }
}
