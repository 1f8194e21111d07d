package co.rumbo.tracking;

/** Where a value came from; the database keeps the name. */
public enum ValueSource {
    /** A person, through the API or a form. */
    MANUAL("Registro manual"),
    /** DNP's "Informe de Seguimiento al PDT" (PIIP for physical execution, CUIPO for money). */
    DNP("Seguimiento DNP"),
    /** The municipality's own follow-up workbook. */
    MUNICIPIO("Archivo del municipio"),
    /** Rumbo's capture sheets (progress reports). */
    CAPTURA("Hoja de captura"),
    /** The treasury's budget system; budget execution only. */
    HACIENDA("Hacienda");

    private final String label;

    ValueSource(String label) {
        this.label = label;
    }

    /** The Spanish name shown on pages. */
    public String label() {
        return label;
    }
}
