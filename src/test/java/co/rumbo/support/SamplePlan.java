package co.rumbo.support;

import co.rumbo.progress.ProgrammingType;
import co.rumbo.structure.BudgetKind;
import co.rumbo.structure.PlanContent;
import co.rumbo.structure.PlanContent.Cost;
import co.rumbo.structure.PlanContent.Goal;
import co.rumbo.structure.PlanContent.PeriodTarget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small Plan de Desarrollo 2024–2027 as a SisPT file would describe it: two strategic lines, one
 * outcome goal, three product goals with yearly targets, costs per source and BPINs, and one SGR
 * initiative. Figures are written as {@code PlanStore.content} gives them back (no trailing zeros),
 * so a round trip compares equal.
 */
public final class SamplePlan {

    public static final String SUMA_GOAL = "2201001-1";
    public static final String CONSTANTE_GOAL = "1903011-1";
    public static final String CRECIENTE_GOAL = "4003017-1";

    private SamplePlan() {}

    public static PlanContent content() {
        return content(goals());
    }

    public static PlanContent content(List<Goal> goals) {
        return new PlanContent(
                "Plan de Desarrollo Municipal 2024-2027 «Rumbo de prueba»",
                2024,
                2027,
                null,
                co.rumbo.structure.PlanLayout.MUNICIPAL,
                List.of(
                        new PlanContent.Line("LE-1", "Territorio sostenible"),
                        new PlanContent.Line("LE-2", "Bienestar social")),
                List.of(new PlanContent.Outcome(
                        "MR-1",
                        "LE-2-Bienestar social",
                        "LE-2",
                        "Tasa de cobertura neta en educación",
                        "Sí",
                        "95",
                        "Educación de calidad")),
                goals,
                List.of(new PlanContent.SgrInitiative(
                        "SGR-1",
                        "LE-1-Territorio sostenible",
                        "Proyecto",
                        "Transporte",
                        "Mejoramiento de vías terciarias",
                        new BigDecimal("350000000"),
                        "2024520010099")));
    }

    public static List<Goal> goals() {
        return List.of(
                goal(
                        SUMA_GOAL,
                        List.of("LE-2"),
                        "22",
                        "Educación",
                        "2201",
                        "Calidad y fomento de la educación",
                        "Sedes educativas mejoradas",
                        ProgrammingType.SUMA,
                        "40",
                        List.of(
                                target("2024", "10", "1500000"),
                                target("2025", "10", null),
                                target("2026", "10", null),
                                target("2027", "10", null)),
                        List.of(
                                cost("2024", "RECURSOS_PROPIOS", "1000000"),
                                cost("2024", "SGP_EDUCACION", "500000"),
                                cost("2025", "RECURSOS_PROPIOS", "1200000.5")),
                        List.of("2024520010001")),
                goal(
                        CONSTANTE_GOAL,
                        List.of("LE-2"),
                        "19",
                        "Salud y protección social",
                        "1903",
                        "Inspección, vigilancia y control",
                        "Plan de salud pública ejecutado",
                        ProgrammingType.CONSTANTE,
                        "1",
                        List.of(
                                target("2024", "1", null),
                                target("2025", "1", null),
                                target("2026", "1", null),
                                target("2027", "1", null)),
                        List.of(cost("2024", "SGP_SALUD", "800000"), cost("2025", "SGP_SALUD", "820000")),
                        List.of()),
                goal(
                        CRECIENTE_GOAL,
                        List.of("LE-1", "LE-2"),
                        "40",
                        "Vivienda, ciudad y territorio",
                        "4003",
                        "Acceso de la población a agua potable",
                        "Cobertura de acueducto rural",
                        ProgrammingType.CRECIENTE,
                        "80",
                        List.of(
                                target("2024", "50", null),
                                target("2025", "60", null),
                                target("2026", "70", null),
                                target("2027", "80", null)),
                        List.of(cost("2024", "SGP_APSB", "2500000"), cost("2024", "CREDITO", "3000000")),
                        List.of("2024520010002", "2024520010003")));
    }

    public static Goal goal(
            String sisptCode,
            List<String> lineCodes,
            String sectorCode,
            String sectorName,
            String programCode,
            String programName,
            String indicatorName,
            ProgrammingType type,
            String fourYearTarget,
            List<PeriodTarget> periods,
            List<Cost> costs,
            List<String> bpins) {
        String product = sisptCode.substring(0, 7);
        return new Goal(
                BudgetKind.ORDINARIO,
                sisptCode,
                String.join(",", lineCodes),
                lineCodes,
                sectorCode,
                sectorName,
                programCode,
                programName,
                product,
                "Producto " + product,
                product + "00",
                indicatorName,
                null,
                "Número",
                new BigDecimal(fourYearTarget),
                type,
                false,
                null,
                null,
                "4",
                "Educación de calidad",
                null,
                null,
                periods,
                costs,
                bpins);
    }

    public static PeriodTarget target(String period, String target, String fileTotal) {
        return new PeriodTarget(period, new BigDecimal(target), fileTotal == null ? null : new BigDecimal(fileTotal));
    }

    public static Cost cost(String period, String source, String amount) {
        return new Cost(period, source, new BigDecimal(amount));
    }

    /** The sample plan's goals with the one of {@code sisptCode} changed. */
    public static List<Goal> replacing(String sisptCode, UnaryOperator<Goal> change) {
        List<Goal> goals = new ArrayList<>();
        for (Goal g : goals()) {
            goals.add(g.sisptCode().equals(sisptCode) ? change.apply(g) : g);
        }
        return goals;
    }

    /** The sample plan's goals without the one of {@code sisptCode}. */
    public static List<Goal> without(String sisptCode) {
        return goals().stream().filter(g -> !g.sisptCode().equals(sisptCode)).toList();
    }

    /** A copy of a goal with other yearly targets and four-year target. */
    public static Goal withTargets(Goal g, String fourYearTarget, List<PeriodTarget> periods) {
        return new Goal(
                g.budgetKind(),
                g.sisptCode(),
                g.lineText(),
                g.lineCodes(),
                g.sectorCode(),
                g.sectorName(),
                g.programCode(),
                g.programName(),
                g.productCode(),
                g.productName(),
                g.indicatorCode(),
                g.indicatorName(),
                g.customName(),
                g.unit(),
                new BigDecimal(fourYearTarget),
                g.programmingType(),
                g.typeInferred(),
                g.accumulationText(),
                g.principal(),
                g.odsCode(),
                g.odsName(),
                g.sgrInitiative(),
                g.sgrCofinanced(),
                periods,
                g.costs(),
                g.bpins());
    }
}
