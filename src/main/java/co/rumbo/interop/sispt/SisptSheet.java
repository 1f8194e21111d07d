package co.rumbo.interop.sispt;

import java.util.Optional;

/** The sheets of a DNP SisPT export of the Plan Indicativo, in the order DNP writes them. */
public enum SisptSheet {
    STRATEGIC_LINES("Líneas estratégicas", "LÍNEAS ESTRATÉGICAS", true),
    OUTCOME_GOALS("Indicadores de resultado", "INDICADORES DE RESULTADO", true),
    PRODUCT_GOALS("Plan indicativo - Productos", "PARTE ESTRATÉGICA", true),
    SGR_PRODUCT_GOALS("Plan indicativo SGR - Productos", "PLAN INDICATIVO SGR", true),
    /** Older exports do not have it: it is read when present. */
    SGR_INITIATIVES("Iniciativas SGR", "INICIATIVAS SGR", false);

    private final String sheetName;
    private final String title;
    private final boolean required;

    SisptSheet(String sheetName, String title, boolean required) {
        this.sheetName = sheetName;
        this.title = title;
        this.required = required;
    }

    /** The sheet's name as DNP writes it. */
    public String sheetName() {
        return sheetName;
    }

    /** The title DNP writes in the sheet's first cell (row 1). */
    public String title() {
        return title;
    }

    /** Whether a file without this sheet is rejected. */
    public boolean required() {
        return required;
    }

    /** The sheet a name designates, ignoring accents, case and spacing. */
    public static Optional<SisptSheet> named(String name) {
        String wanted = Headers.normalize(name);
        for (SisptSheet sheet : values()) {
            if (Headers.normalize(sheet.sheetName).equals(wanted)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }
}
