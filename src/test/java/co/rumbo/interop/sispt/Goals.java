package co.rumbo.interop.sispt;

import co.rumbo.interop.sispt.SisptWorkbook.LineRef;
import co.rumbo.interop.sispt.SisptWorkbook.Mga;
import co.rumbo.interop.sispt.SisptWorkbook.Organization;
import co.rumbo.interop.sispt.SisptWorkbook.OutcomeGoal;
import co.rumbo.interop.sispt.SisptWorkbook.ProductGoal;
import co.rumbo.interop.sispt.SisptWorkbook.SgrInitiative;
import co.rumbo.interop.sispt.SisptWorkbook.SgrProductGoal;
import co.rumbo.interop.sispt.SisptWorkbook.StrategicLine;
import co.rumbo.interop.sispt.SisptWorkbook.YearlyCost;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Workbooks and goals built in code, for the checks that do not need a file. */
final class Goals {

    static final List<Integer> YEARS = List.of(2024, 2025, 2026, 2027);
    static final List<String> BIENNIA = List.of("2023-2024", "2025-2026", "2027-2028");
    static final SisptLayout LAYOUT = SisptLayout.standard(YEARS, SisptLayout.standardSources(), BIENNIA);

    private Goals() {}

    static SisptWorkbook workbook(List<ProductGoal> products) {
        return workbook(products, List.of(), List.of());
    }

    static SisptWorkbook workbook(
            List<ProductGoal> products, List<SgrProductGoal> sgr, List<SgrInitiative> initiatives) {
        return new SisptWorkbook(
                new Organization("25799", "Tenjo"),
                "AHORA ES EL TIEMPO DE TENJO",
                List.of(new StrategicLine("LE-1", "Ambiente", 3), new StrategicLine("LE-2", "Social", 4)),
                List.of(new OutcomeGoal(
                        "IR-1",
                        List.of(new LineRef("LE-1", "Ambiente")),
                        "Cobertura",
                        true,
                        new BigDecimal("95.5"),
                        "Convergencia regional",
                        3)),
                products,
                sgr,
                initiatives,
                LAYOUT);
    }

    static Product product(String code) {
        return new Product(code);
    }

    static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    /** A product goal with sensible, consistent defaults: change what the test is about. */
    static final class Product {
        private String code;
        private List<LineRef> lines = List.of(new LineRef("LE-1", "Ambiente"));
        private String indicatorCode = "170202300";
        private String customName = "Documentos elaborados";
        private String accumulation = "Acumulativo";
        private BigDecimal fourYearTarget = n("40");
        private final Map<Integer, BigDecimal> targets =
                new TreeMap<>(Map.of(2024, n("10"), 2025, n("10"), 2026, n("10"), 2027, n("10")));
        private final Map<Integer, Map<String, BigDecimal>> costs = new TreeMap<>();
        private final Map<Integer, BigDecimal> totals = new TreeMap<>();
        private List<String> bpins = List.of("2024257990018");
        private int row = 3;

        Product(String code) {
            this.code = code;
            YEARS.forEach(y -> cost(y, "Recursos propios", "1000000"));
        }

        Product code(String code) {
            this.code = code;
            return this;
        }

        Product row(int row) {
            this.row = row;
            return this;
        }

        Product lines(LineRef... lines) {
            this.lines = List.of(lines);
            return this;
        }

        Product indicator(String code, String customName) {
            this.indicatorCode = code;
            this.customName = customName;
            return this;
        }

        Product accumulation(String accumulation) {
            this.accumulation = accumulation;
            return this;
        }

        Product fourYearTarget(String target) {
            this.fourYearTarget = target == null ? null : n(target);
            return this;
        }

        /** Targets 2024..2027; null is a blank cell. */
        Product targets(String... targets) {
            this.targets.clear();
            for (int i = 0; i < targets.length; i++) {
                if (targets[i] != null) {
                    this.targets.put(YEARS.get(i), n(targets[i]));
                }
            }
            return this;
        }

        /** Sets a source's amount in a year, and the file's total to the sum. */
        Product cost(int year, String source, String amount) {
            costs.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(source, n(amount));
            totals.put(year, costs.get(year).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            return this;
        }

        Product fileTotal(int year, String total) {
            totals.put(year, total == null ? null : n(total));
            return this;
        }

        Product bpins(String... bpins) {
            this.bpins = List.of(bpins);
            return this;
        }

        ProductGoal build() {
            List<YearlyCost> yearly = new ArrayList<>();
            for (int year : YEARS) {
                yearly.add(new YearlyCost(year, costs.getOrDefault(year, Map.of()), totals.get(year)));
            }
            return new ProductGoal(
                    code,
                    lines,
                    new Mga(
                            "17",
                            "Agricultura y desarrollo rural",
                            "1702",
                            "Inclusión productiva",
                            "1702023",
                            "Documentos de planeación",
                            indicatorCode,
                            "Documentos de planeación elaborados"),
                    customName,
                    "Número",
                    fourYearTarget,
                    true,
                    "1",
                    "Fin de la pobreza",
                    accumulation,
                    targets,
                    yearly,
                    bpins,
                    Map.of(),
                    row);
        }
    }

    static SgrProductGoal sgrGoal(String code, int row) {
        return new SgrProductGoal(
                code,
                "Acueducto veredal",
                new Mga(
                        "40",
                        "Vivienda, ciudad y territorio",
                        "4003",
                        "Acceso de la población a los servicios de agua potable y saneamiento básico",
                        "4003017",
                        "Acueductos construidos",
                        "400301700",
                        "Acueductos construidos"),
                "Acueducto de la vereda El Chacal",
                "Número",
                n("1"),
                true,
                "6",
                "Agua limpia y saneamiento",
                "No acumulativo",
                false,
                Map.of("2025-2026", n("1"), "2027-2028", n("1")),
                Map.of("2025-2026", n("1500000000.25")),
                List.of("2024257990101"),
                Map.of(),
                row);
    }

    static SgrInitiative initiative(String code, int row) {
        return new SgrInitiative(
                code,
                List.of(new LineRef("LE-1", "Ambiente"), new LineRef("LE-2", "Social")),
                "Iniciativa",
                "Ambiente y desarrollo sostenible",
                "Protección de cuencas",
                n("306181808"),
                List.of(),
                row);
    }
}
