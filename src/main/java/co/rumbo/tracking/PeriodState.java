package co.rumbo.tracking;

/** A capture period is open for the offices' sheets, or closed: its figures are locked. */
public enum PeriodState {
    ABIERTO("Abierto"),
    CERRADO("Cerrado");

    private final String label;

    PeriodState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
