package co.rumbo.dashboard;

/** The groupings of the tablero. */
public enum GroupKind {
    LINE("Línea estratégica", "Líneas estratégicas"),
    SECTOR("Sector", "Sectores"),
    PROGRAM("Programa", "Programas"),
    OFFICE("Dependencia", "Dependencias");

    private final String label;
    private final String plural;

    GroupKind(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }
}
