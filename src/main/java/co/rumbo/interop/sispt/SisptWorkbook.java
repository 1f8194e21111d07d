package co.rumbo.interop.sispt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A DNP SisPT export of a Plan Indicativo, as the file says it: every sheet's rows as immutable
 * records, text cleaned (OOXML escapes, outer spaces), numbers exact with the scale they are written
 * with. Nothing is derived or corrected here: checks are {@link SisptValidator}'s job.
 *
 * <p>Blank cells stay blank: a blank number is {@code null} (single values) or absent (yearly maps),
 * never 0, so that writing the workbook back gives the same file.
 *
 * @param organization the territorial entity of the file's first data row
 * @param planName the development plan's name of that row
 * @param strategicLines "Líneas estratégicas"
 * @param outcomeGoals "Indicadores de resultado"
 * @param productGoals "Plan indicativo - Productos", the ordinary budget's product goals
 * @param sgrProductGoals "Plan indicativo SGR - Productos", the goals financed by the SGR (royalties)
 * @param sgrInitiatives "Iniciativas SGR", empty when the sheet is absent
 * @param layout the sheets, titles and headers of the file, to write it back the same way
 */
public record SisptWorkbook(
        Organization organization,
        String planName,
        List<StrategicLine> strategicLines,
        List<OutcomeGoal> outcomeGoals,
        List<ProductGoal> productGoals,
        List<SgrProductGoal> sgrProductGoals,
        List<SgrInitiative> sgrInitiatives,
        SisptLayout layout) {

    public SisptWorkbook {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(layout, "layout");
        strategicLines = List.copyOf(strategicLines);
        outcomeGoals = List.copyOf(outcomeGoals);
        productGoals = List.copyOf(productGoals);
        sgrProductGoals = List.copyOf(sgrProductGoals);
        sgrInitiatives = List.copyOf(sgrInitiatives);
    }

    /** The codes of the strategic lines ("LE-1", …), in the file's order. */
    public List<String> lineCodes() {
        return strategicLines.stream().map(StrategicLine::code).toList();
    }

    /** The territorial entity: its DANE code ("25799", "25" for a department) and name. */
    public record Organization(String daneCode, String name) {}

    /**
     * A strategic line ("LE-3", "Progreso y Desarrollo Económico").
     *
     * @param row the sheet's row number (1-based)
     */
    public record StrategicLine(String code, String name, int row) {}

    /**
     * A reference to a strategic line in another sheet, as "LE-3-Progreso y Desarrollo Económico".
     *
     * @param name the name written after the code; may differ from the line's own name, or be blank
     */
    public record LineRef(String code, String name) {

        /** As SisPT writes it: "LE-3-Progreso y Desarrollo Económico". */
        public String text() {
            return name == null || name.isEmpty() ? code : code + "-" + name;
        }
    }

    /**
     * An outcome goal ("IR-1").
     *
     * @param lines the lines it belongs to (SisPT allows several)
     * @param inNationalPlan "Está en el Plan Nacional de Desarrollo"; {@code null} when blank
     * @param fourYearTarget "Meta del cuatrienio"; {@code null} when blank or not a number
     */
    public record OutcomeGoal(
            String code,
            List<LineRef> lines,
            String indicator,
            Boolean inNationalPlan,
            BigDecimal fourYearTarget,
            String transformation,
            int row) {

        public OutcomeGoal {
            lines = List.copyOf(lines);
        }

        public List<String> lineCodes() {
            return codesOf(lines);
        }
    }

    /** What the product goals of both sheets, ordinary budget and SGR, have in common. */
    public sealed interface AnyProductGoal permits ProductGoal, SgrProductGoal {
        String sisptCode();

        Mga mga();

        String customName();

        String unit();

        BigDecimal fourYearTarget();

        Boolean principal();

        String odsCode();

        String odsName();

        String accumulation();

        List<String> bpins();

        Map<String, String> otherColumns();

        int row();
    }

    /** The MGA classification of a product goal: sector, program, product and product indicator. */
    public record Mga(
            String sectorCode,
            String sectorName,
            String programCode,
            String programName,
            String productCode,
            String productName,
            String indicatorCode,
            String indicatorName) {}

    /**
     * A product goal of the ordinary budget ("IP-155"), with every column of its row.
     *
     * @param sisptCode "Código de indicador de producto (SisPT)"
     * @param lines the lines it belongs to (SisPT allows several)
     * @param customName "Personalización de Indicador de Producto"
     * @param fourYearTarget "Meta del cuatrienio"; {@code null} when blank or not a number
     * @param principal "Principal"; {@code null} when blank
     * @param accumulation "Tipo de acumulación" as written: "Acumulativo" or "No acumulativo"
     * @param yearlyTargets "Programación del producto bien o servicio &lt;year&gt;" by year, in year order;
     *     blank years absent
     * @param costs one entry per year of the sheet's cost columns, in year order
     * @param bpins the BPIN cell, split (it may hold several)
     * @param otherColumns columns this reader does not know, by header, as text (the department's
     *     "Fecha de creación del plan"), kept to write the file back
     * @param row the sheet's row number (1-based)
     */
    public record ProductGoal(
            String sisptCode,
            List<LineRef> lines,
            Mga mga,
            String customName,
            String unit,
            BigDecimal fourYearTarget,
            Boolean principal,
            String odsCode,
            String odsName,
            String accumulation,
            Map<Integer, BigDecimal> yearlyTargets,
            List<YearlyCost> costs,
            List<String> bpins,
            Map<String, String> otherColumns,
            int row)
            implements AnyProductGoal {

        public ProductGoal {
            lines = List.copyOf(lines);
            yearlyTargets = Collections.unmodifiableSortedMap(new TreeMap<>(yearlyTargets));
            costs = costs.stream()
                    .sorted((a, b) -> Integer.compare(a.year(), b.year()))
                    .toList();
            bpins = List.copyOf(bpins);
            otherColumns = Collections.unmodifiableMap(new LinkedHashMap<>(otherColumns));
        }

        public List<String> lineCodes() {
            return codesOf(lines);
        }

        /** The target of a year, blank counting as 0. */
        public BigDecimal targetOrZero(int year) {
            return yearlyTargets.getOrDefault(year, BigDecimal.ZERO);
        }

        /** The cost columns of a year, if the sheet has that year. */
        public Optional<YearlyCost> cost(int year) {
            return costs.stream().filter(c -> c.year() == year).findFirst();
        }
    }

    /**
     * The cost of a product goal in one year, by source of the ordinary budget.
     *
     * @param bySource the non-blank cells, by source name as in the header without the year
     *     ("Recursos propios"), in the sheet's order; exact, with the file's scale
     * @param fileTotal the file's own "Total &lt;year&gt;" cell, {@code null} when blank; it is a binary
     *     floating-point figure in DNP's exports (3493430378.9055996 for …378.9056) and is not trusted
     */
    public record YearlyCost(int year, Map<String, BigDecimal> bySource, BigDecimal fileTotal) {

        public YearlyCost {
            bySource = Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
        }

        /** The amount of a source, blank counting as 0. */
        public BigDecimal amount(String source) {
            return bySource.getOrDefault(source, BigDecimal.ZERO);
        }

        /** The exact sum of the sources: the year's real total. */
        public BigDecimal sumOfSources() {
            return bySource.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * A product goal financed by the SGR (Sistema General de Regalías), programmed by biennium.
     *
     * @param initiative "Iniciativa del SGR"
     * @param cofinancedWithOrdinaryBudget "Cofinanciado con presupuesto ordinario"; {@code null} when blank
     * @param bienniumTargets "Programación del producto bien o servicio 2023-2024" …, by biennium
     *     "2023-2024", in order; blank biennia absent
     * @param sgrResources "Recursos SGR 2023-2024" …, by biennium, in order; blank biennia absent
     */
    public record SgrProductGoal(
            String sisptCode,
            String initiative,
            Mga mga,
            String customName,
            String unit,
            BigDecimal fourYearTarget,
            Boolean principal,
            String odsCode,
            String odsName,
            String accumulation,
            Boolean cofinancedWithOrdinaryBudget,
            Map<String, BigDecimal> bienniumTargets,
            Map<String, BigDecimal> sgrResources,
            List<String> bpins,
            Map<String, String> otherColumns,
            int row)
            implements AnyProductGoal {

        public SgrProductGoal {
            bienniumTargets = Collections.unmodifiableSortedMap(new TreeMap<>(bienniumTargets));
            sgrResources = Collections.unmodifiableSortedMap(new TreeMap<>(sgrResources));
            bpins = List.copyOf(bpins);
            otherColumns = Collections.unmodifiableMap(new LinkedHashMap<>(otherColumns));
        }
    }

    /**
     * An SGR initiative ("ISGR-1").
     *
     * @param initiativeType "Tipo de iniciativa"
     * @param sectorName "Sector (MGA)"
     * @param name "Iniciativa del SGR"
     * @param indicativeResources "Recursos SGR indicativos"; {@code null} when blank or not a number
     */
    public record SgrInitiative(
            String code,
            List<LineRef> lines,
            String initiativeType,
            String sectorName,
            String name,
            BigDecimal indicativeResources,
            List<String> bpins,
            int row) {

        public SgrInitiative {
            lines = List.copyOf(lines);
            bpins = List.copyOf(bpins);
        }

        public List<String> lineCodes() {
            return codesOf(lines);
        }
    }

    private static List<String> codesOf(List<LineRef> lines) {
        List<String> codes = new ArrayList<>(lines.size());
        lines.forEach(l -> codes.add(l.code()));
        return List.copyOf(codes);
    }
}
