package co.rumbo.planning;

/** The states of an action plan (PE-P-002 tasks 2 to 5). */
public enum ActionPlanState {
    BORRADOR("Borrador"),
    ENVIADO("Enviado a revisión"),
    DEVUELTO("Devuelto con observaciones"),
    REVISADO("Revisado"),
    APROBADO("Aprobado en Consejo de Gobierno");

    private final String label;

    ActionPlanState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The office may change its decisions only while the plan is in its hands. */
    public boolean editableByOffice() {
        return this == BORRADOR || this == DEVUELTO;
    }
}
