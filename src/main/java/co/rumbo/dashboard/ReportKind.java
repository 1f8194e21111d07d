package co.rumbo.dashboard;

/**
 * The reports of PE-P-004: the monthly progress report (step 5) and the quarterly follow-up report with
 * alerts presented to the mayor and sent to the offices (step 6, PE-P-008).
 */
public enum ReportKind {
    MENSUAL("Informe mensual de avance"),
    TRIMESTRAL("Informe trimestral de seguimiento con alertas");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    /** The report's Spanish title. */
    public String label() {
        return label;
    }
}
