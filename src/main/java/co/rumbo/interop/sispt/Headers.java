package co.rumbo.interop.sispt;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column headers of the SisPT export, as DNP writes them, and the normalization that lets the
 * reader find a column by its header whatever its position, accents, case or spacing.
 */
final class Headers {

    static final String DANE_CODE = "Código DANE";
    static final String ENTITY = "Entidad territorial";
    static final String PLAN_NAME = "Nombre del plan";
    static final String CONSECUTIVE = "Consecutivo";
    static final String LINE = "Línea estratégica";
    static final String OUTCOME_INDICATOR = "Indicador de resultado";
    static final String IN_NATIONAL_PLAN = "Está en el Plan Nacional de Desarrollo";
    static final String FOUR_YEAR_TARGET = "Meta del cuatrienio";
    static final String TRANSFORMATION = "Transformación del Plan Nacional de Desarrollo";
    static final String SISPT_CODE = "Código de indicador de producto (SisPT)";
    static final String SGR_SISPT_CODE = "Código de indicador de producto SGR (SisPT)";
    static final String SECTOR_CODE = "Código del sector";
    static final String SECTOR = "Sector (MGA)";
    static final String PROGRAM_CODE = "Código del programa (MGA)";
    static final String PROGRAM = "Programa (MGA)";
    static final String PRODUCT_CODE = "Código del producto (MGA)";
    static final String PRODUCT = "Producto (MGA)";
    static final String INDICATOR_CODE = "Código de indicador de producto (MGA)";
    static final String INDICATOR = "Indicador de Producto(MGA)";
    static final String SGR_INDICATOR = "Indicador de Producto (MGA)";
    static final String CUSTOM_NAME = "Personalización de Indicador de Producto";
    static final String SGR_CUSTOM_NAME = "Personalización de Indicador de Producto SGR";
    static final String UNIT = "Unidad de medida";
    static final String PRINCIPAL = "Principal";
    static final String ODS_CODE = "Código de ODS";
    static final String ODS = "ODS";
    static final String ACCUMULATION = "Tipo de acumulación";
    static final String INITIATIVE = "Iniciativa del SGR";
    static final String COFINANCED = "Cofinanciado con presupuesto ordinario";
    static final String INITIATIVE_TYPE = "Tipo de iniciativa";
    static final String SGR_INDICATIVE_RESOURCES = "Recursos SGR indicativos";
    static final String BPIN = "BPIN";
    static final String PROGRAMMING_PREFIX = "Programación del producto bien o servicio";
    static final String TOTAL_PREFIX = "Total";
    static final String SGR_RESOURCES_PREFIX = "Recursos SGR";

    /** The columns of "Líneas estratégicas", in DNP's order. */
    static final List<String> LINE_COLUMNS = List.of(DANE_CODE, ENTITY, PLAN_NAME, CONSECUTIVE, LINE);

    /** The columns of "Indicadores de resultado", in DNP's order. */
    static final List<String> OUTCOME_COLUMNS = List.of(
            DANE_CODE,
            ENTITY,
            PLAN_NAME,
            CONSECUTIVE,
            LINE,
            OUTCOME_INDICATOR,
            IN_NATIONAL_PLAN,
            FOUR_YEAR_TARGET,
            TRANSFORMATION);

    /** The first columns of "Plan indicativo - Productos", before the yearly ones and "BPIN". */
    static final List<String> PRODUCT_COLUMNS = List.of(
            DANE_CODE,
            ENTITY,
            PLAN_NAME,
            SISPT_CODE,
            LINE,
            SECTOR_CODE,
            SECTOR,
            PROGRAM_CODE,
            PROGRAM,
            PRODUCT_CODE,
            PRODUCT,
            INDICATOR_CODE,
            INDICATOR,
            CUSTOM_NAME,
            UNIT,
            FOUR_YEAR_TARGET,
            PRINCIPAL,
            ODS_CODE,
            ODS,
            ACCUMULATION);

    /** The first columns of "Plan indicativo SGR - Productos", before the biennial ones and "BPIN". */
    static final List<String> SGR_COLUMNS = List.of(
            DANE_CODE,
            ENTITY,
            PLAN_NAME,
            SGR_SISPT_CODE,
            INITIATIVE,
            SECTOR_CODE,
            SECTOR,
            PROGRAM_CODE,
            PROGRAM,
            PRODUCT_CODE,
            PRODUCT,
            INDICATOR_CODE,
            SGR_INDICATOR,
            SGR_CUSTOM_NAME,
            UNIT,
            FOUR_YEAR_TARGET,
            PRINCIPAL,
            ODS_CODE,
            ODS,
            ACCUMULATION,
            COFINANCED);

    /** The columns of "Iniciativas SGR", in DNP's order. */
    static final List<String> INITIATIVE_COLUMNS = List.of(
            DANE_CODE,
            ENTITY,
            PLAN_NAME,
            CONSECUTIVE,
            LINE,
            INITIATIVE_TYPE,
            SECTOR,
            INITIATIVE,
            SGR_INDICATIVE_RESOURCES,
            BPIN);

    /** The sources of the ordinary budget, in DNP's order (2024–2027 exports). */
    static final List<String> STANDARD_SOURCES = List.of(
            "Recursos propios",
            "SGP educación",
            "SGP salud",
            "SGP deporte",
            "SGP cultura",
            "SGP libre inversión",
            "SGP libre destinación",
            "SGP alimentación escolar",
            "SGP municipios Rio Magdalena",
            "SGP APSB",
            "Crédito",
            "Transferencias de capital - cofinanciación departamento",
            "Transferencias de capital - cofinanciación nación",
            "Otros");

    // "Recursos propios 2024": a source (or the programming, or the total) and a year
    private static final Pattern YEARLY = Pattern.compile("(.+?)\\s+(\\d{4})");
    // "Recursos SGR 2023-2024": a name and a biennium
    private static final Pattern BIENNIAL = Pattern.compile("(.+?)\\s+(\\d{4})\\s*-\\s*(\\d{4})");

    private Headers() {}

    /**
     * Lower case, without accents, every run of other characters than letters and digits made one
     * space: "Indicador de Producto(MGA)" and "indicador de producto (mga)" are the same header.
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(CellText.clean(text), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", " ").trim();
    }

    static boolean same(String header, String canonical) {
        return normalize(header).equals(normalize(canonical));
    }

    /** A header "&lt;name&gt; &lt;year&gt;", with its name as written (trimmed) and its year. */
    record Yearly(String name, int year) {}

    /** A header "&lt;name&gt; &lt;yyyy-yyyy&gt;", with its name as written and its biennium "2023-2024". */
    record Biennial(String name, String biennium) {}

    static Yearly yearly(String header) {
        String clean = CellText.clean(header);
        Matcher m = clean == null ? null : YEARLY.matcher(clean);
        return m != null && m.matches() ? new Yearly(m.group(1).trim(), Integer.parseInt(m.group(2))) : null;
    }

    static Biennial biennial(String header) {
        String clean = CellText.clean(header);
        Matcher m = clean == null ? null : BIENNIAL.matcher(clean);
        return m != null && m.matches() ? new Biennial(m.group(1).trim(), m.group(2) + "-" + m.group(3)) : null;
    }

    static String yearly(String name, int year) {
        return name + " " + year;
    }

    /** Excel's column letter of a 0-based column index: 0 → "A", 26 → "AA". */
    static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
