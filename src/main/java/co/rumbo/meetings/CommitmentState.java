package co.rumbo.meetings;

/**
 * A commitment is {@code PENDIENTE} until someone records it as {@code CUMPLIDO}; {@code VENCIDO} is not
 * stored: it is a pending commitment whose due date has passed, derived on every read.
 */
public enum CommitmentState {
    PENDIENTE("Pendiente"),
    VENCIDO("Vencido"),
    CUMPLIDO("Cumplido");

    private final String label;

    CommitmentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
