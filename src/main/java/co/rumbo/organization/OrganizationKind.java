package co.rumbo.organization;

/** The kind of territorial entity. */
public enum OrganizationKind {
    MUNICIPIO("Municipio"),
    DEPARTAMENTO("Departamento"),
    DISTRITO("Distrito");

    private final String label;

    OrganizationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** DANE codes of departments have two digits; municipalities and districts five. */
    public static OrganizationKind fromDaneCode(String daneCode) {
        return daneCode != null && daneCode.length() <= 2 ? DEPARTAMENTO : MUNICIPIO;
    }
}
