package co.rumbo.identity;

/** The roles of product.md, plus the platform administrator. */
public enum Role {
    ADMIN("Administrador de la plataforma", false),
    PLANEACION("Oficina de planeación", false),
    LIDER("Líder de dependencia", true),
    ENLACE("Enlace de dependencia", true),
    HACIENDA("Hacienda", false),
    DESPACHO("Despacho del alcalde", false),
    CONTROL("Control interno (solo lectura)", false);

    private final String label;
    private final boolean officeScoped;

    Role(String label, boolean officeScoped) {
        this.label = label;
        this.officeScoped = officeScoped;
    }

    public String label() {
        return label;
    }

    /** Office roles see and change only their offices' data. */
    public boolean officeScoped() {
        return officeScoped;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
