package co.rumbo.organization;

/** The kind of office (dependencia). */
public enum OfficeKind {
    SECRETARIA("Secretaría"),
    OFICINA("Oficina"),
    DIRECCION("Dirección"),
    ENTIDAD_DESCENTRALIZADA("Entidad descentralizada"),
    ALCALDIA_LOCAL("Alcaldía local"),
    PROCESO("Proceso");

    private final String label;

    OfficeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Guesses the kind from an office's name, as municipalities name them ("Secretaría de …"). */
    public static OfficeKind guessFromName(String name) {
        String n = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .trim();
        if (n.startsWith("secretaria")) return SECRETARIA;
        if (n.startsWith("oficina")) return OFICINA;
        if (n.startsWith("direccion")) return DIRECCION;
        if (n.startsWith("alcaldia local")) return ALCALDIA_LOCAL;
        if (n.startsWith("instituto")
                || n.startsWith("empresa")
                || n.startsWith("hospital")
                || n.startsWith("e.s.e")
                || n.startsWith("ese ")) return ENTIDAD_DESCENTRALIZADA;
        return OFICINA;
    }
}
