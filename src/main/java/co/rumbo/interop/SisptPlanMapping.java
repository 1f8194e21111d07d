package co.rumbo.interop;

import co.rumbo.interop.sispt.SisptIssue;
import co.rumbo.interop.sispt.SisptLayout;
import co.rumbo.interop.sispt.SisptSheet;
import co.rumbo.interop.sispt.SisptWorkbook;
import co.rumbo.interop.sispt.TypeInference;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.structure.BudgetKind;
import co.rumbo.structure.FundingSources;
import co.rumbo.structure.PlanContent;
import co.rumbo.structure.PlanLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Translates between DNP's SisPT workbook and Rumbo's plan content, both ways, so that importing an
 * export gives back the same plan. Kept apart from the reader (which knows the file) and the store
 * (which knows the tables).
 */
final class SisptPlanMapping {

    static final String CREATED_ON_HEADER = "Fecha de creación del plan";
    private static final String SGR_SOURCE = "SGR";

    private final FundingSources sources;

    SisptPlanMapping(FundingSources sources) {
        this.sources = sources;
    }

    /** The plan a workbook describes; cost columns whose source Rumbo does not know are reported as errors. */
    PlanContent toContent(SisptWorkbook wb, List<TypeInference> inferences, List<SisptIssue> problems) {
        Map<String, TypeInference> types = new LinkedHashMap<>();
        inferences.forEach(i -> types.put(i.sheet() + ":" + i.code(), i));
        List<Integer> years = wb.layout().costYears();
        int first = years.isEmpty() ? 2024 : years.get(0);
        int last = years.isEmpty() ? first + 3 : years.get(years.size() - 1);
        String createdOn = wb.productGoals().stream()
                .map(g -> g.otherColumns().get(CREATED_ON_HEADER))
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse(null);
        boolean departmental = wb.layout()
                .sheet(SisptSheet.PRODUCT_GOALS)
                .map(s -> s.indexOf(CREATED_ON_HEADER) >= 0)
                .orElse(false);
        List<PlanContent.Goal> goals = new ArrayList<>();
        for (SisptWorkbook.ProductGoal g : wb.productGoals()) {
            goals.add(ordinaryGoal(g, type(types, SisptSheet.PRODUCT_GOALS, g.sisptCode()), problems));
        }
        for (SisptWorkbook.SgrProductGoal g : wb.sgrProductGoals()) {
            goals.add(sgrGoal(g, type(types, SisptSheet.SGR_PRODUCT_GOALS, g.sisptCode())));
        }
        return new PlanContent(
                wb.planName() == null ? "Plan de Desarrollo" : wb.planName(),
                first,
                last,
                createdOn,
                departmental ? PlanLayout.DEPARTAMENTAL : PlanLayout.MUNICIPAL,
                wb.strategicLines().stream()
                        .map(l -> new PlanContent.Line(l.code(), l.name()))
                        .toList(),
                wb.outcomeGoals().stream().map(SisptPlanMapping::outcome).toList(),
                goals,
                wb.sgrInitiatives().stream().map(SisptPlanMapping::initiative).toList());
    }

    private static Optional<TypeInference> type(Map<String, TypeInference> types, SisptSheet sheet, String code) {
        return Optional.ofNullable(types.get(sheet + ":" + code));
    }

    private PlanContent.Goal ordinaryGoal(
            SisptWorkbook.ProductGoal g, Optional<TypeInference> inference, List<SisptIssue> problems) {
        List<PlanContent.PeriodTarget> periods = new ArrayList<>();
        Map<Integer, BigDecimal> totals = new LinkedHashMap<>();
        g.costs().forEach(c -> totals.put(c.year(), c.fileTotal()));
        java.util.TreeSet<Integer> years =
                new java.util.TreeSet<>(g.yearlyTargets().keySet());
        years.addAll(totals.keySet());
        for (int year : years) {
            periods.add(new PlanContent.PeriodTarget(
                    Integer.toString(year), g.yearlyTargets().get(year), totals.get(year)));
        }
        List<PlanContent.Cost> costs = new ArrayList<>();
        for (SisptWorkbook.YearlyCost c : g.costs()) {
            for (Map.Entry<String, BigDecimal> cell : c.bySource().entrySet()) {
                Optional<String> code = sources.codeOf(cell.getKey());
                if (code.isEmpty()) {
                    problems.add(new SisptIssue(
                            SisptSheet.PRODUCT_GOALS.sheetName(),
                            g.row(),
                            null,
                            cell.getKey() + " " + c.year(),
                            "La fuente de financiación «" + cell.getKey() + "» no está en el catálogo de Rumbo",
                            SisptIssue.Severity.ERROR));
                    continue;
                }
                costs.add(new PlanContent.Cost(Integer.toString(c.year()), code.get(), cell.getValue()));
            }
        }
        ProgrammingType type =
                inference.map(i -> ProgrammingType.valueOf(i.type().name())).orElse(ProgrammingType.SUMA);
        var mga = g.mga();
        return new PlanContent.Goal(
                BudgetKind.ORDINARIO,
                g.sisptCode(),
                lineText(g.lines()),
                g.lineCodes(),
                mga.sectorCode(),
                mga.sectorName(),
                mga.programCode(),
                mga.programName(),
                mga.productCode(),
                mga.productName(),
                mga.indicatorCode(),
                mga.indicatorName(),
                g.customName(),
                g.unit(),
                g.fourYearTarget(),
                type,
                inference.map(TypeInference::inferred).orElse(false),
                g.accumulation(),
                yesNo(g.principal()),
                g.odsCode(),
                g.odsName(),
                null,
                null,
                periods,
                costs,
                g.bpins());
    }

    private static PlanContent.Goal sgrGoal(SisptWorkbook.SgrProductGoal g, Optional<TypeInference> inference) {
        java.util.TreeSet<String> biennia =
                new java.util.TreeSet<>(g.bienniumTargets().keySet());
        biennia.addAll(g.sgrResources().keySet());
        List<PlanContent.PeriodTarget> periods = biennia.stream()
                .map(b -> new PlanContent.PeriodTarget(b, g.bienniumTargets().get(b), null))
                .toList();
        List<PlanContent.Cost> costs = g.sgrResources().entrySet().stream()
                .map(e -> new PlanContent.Cost(e.getKey(), SGR_SOURCE, e.getValue()))
                .toList();
        ProgrammingType type =
                inference.map(i -> ProgrammingType.valueOf(i.type().name())).orElse(ProgrammingType.SUMA);
        var mga = g.mga();
        return new PlanContent.Goal(
                BudgetKind.SGR,
                g.sisptCode(),
                null,
                List.of(),
                mga.sectorCode(),
                mga.sectorName(),
                mga.programCode(),
                mga.programName(),
                mga.productCode(),
                mga.productName(),
                mga.indicatorCode(),
                mga.indicatorName(),
                g.customName(),
                g.unit(),
                g.fourYearTarget(),
                type,
                inference.map(TypeInference::inferred).orElse(false),
                g.accumulation(),
                yesNo(g.principal()),
                g.odsCode(),
                g.odsName(),
                g.initiative(),
                yesNo(g.cofinancedWithOrdinaryBudget()),
                periods,
                costs,
                g.bpins());
    }

    private static PlanContent.Outcome outcome(SisptWorkbook.OutcomeGoal o) {
        return new PlanContent.Outcome(
                o.code(),
                lineText(o.lines()),
                o.lineCodes().isEmpty() ? null : o.lineCodes().get(0),
                o.indicator(),
                yesNo(o.inNationalPlan()),
                o.fourYearTarget() == null ? null : o.fourYearTarget().toPlainString(),
                o.transformation());
    }

    private static PlanContent.SgrInitiative initiative(SisptWorkbook.SgrInitiative i) {
        return new PlanContent.SgrInitiative(
                i.code(),
                lineText(i.lines()),
                i.initiativeType(),
                i.sectorName(),
                i.name(),
                i.indicativeResources(),
                i.bpins().isEmpty() ? null : String.join(",", i.bpins()));
    }

    /** The workbook of a stored plan, with the layout of the file it came from (or DNP's standard one). */
    SisptWorkbook toWorkbook(String daneCode, String organizationName, PlanContent plan, SisptLayout layout) {
        List<SisptWorkbook.ProductGoal> ordinary = new ArrayList<>();
        List<SisptWorkbook.SgrProductGoal> sgr = new ArrayList<>();
        for (PlanContent.Goal g : plan.goals()) {
            var mga = new SisptWorkbook.Mga(
                    g.sectorCode(),
                    g.sectorName(),
                    g.programCode(),
                    g.programName(),
                    g.productCode(),
                    g.productName(),
                    g.indicatorCode(),
                    g.indicatorName());
            if (g.budgetKind() == BudgetKind.SGR) {
                Map<String, BigDecimal> targets = new LinkedHashMap<>();
                g.periods().forEach(p -> {
                    if (p.target() != null) targets.put(p.period(), p.target());
                });
                Map<String, BigDecimal> resources = new LinkedHashMap<>();
                g.costs().forEach(c -> resources.put(c.period(), c.amount()));
                sgr.add(new SisptWorkbook.SgrProductGoal(
                        g.sisptCode(),
                        g.sgrInitiative(),
                        mga,
                        g.customName(),
                        g.unit(),
                        g.fourYearTarget(),
                        bool(g.principal()),
                        g.odsCode(),
                        g.odsName(),
                        g.accumulationText(),
                        bool(g.sgrCofinanced()),
                        targets,
                        resources,
                        g.bpins(),
                        Map.of(),
                        0));
            } else {
                ordinary.add(ordinaryGoal(g, mga, plan.createdOn()));
            }
        }
        return new SisptWorkbook(
                new SisptWorkbook.Organization(daneCode, organizationName),
                plan.name(),
                plan.lines().stream()
                        .map(l -> new SisptWorkbook.StrategicLine(l.code(), l.name(), 0))
                        .toList(),
                plan.outcomes().stream()
                        .map(o -> new SisptWorkbook.OutcomeGoal(
                                o.code(),
                                lineRefs(o.lineText()),
                                o.indicator(),
                                bool(o.inNationalPlan()),
                                o.fourYearTarget() == null ? null : new BigDecimal(o.fourYearTarget()),
                                o.transformation(),
                                0))
                        .toList(),
                ordinary,
                sgr,
                plan.initiatives().stream()
                        .map(i -> new SisptWorkbook.SgrInitiative(
                                i.code(),
                                lineRefs(i.lineText()),
                                i.kind(),
                                i.sectorName(),
                                i.initiative(),
                                i.amount(),
                                i.bpin() == null ? List.of() : List.of(i.bpin().split(",")),
                                0))
                        .toList(),
                layout);
    }

    private SisptWorkbook.ProductGoal ordinaryGoal(PlanContent.Goal g, SisptWorkbook.Mga mga, String createdOn) {
        Map<Integer, BigDecimal> targets = new LinkedHashMap<>();
        Map<Integer, BigDecimal> fileTotals = new LinkedHashMap<>();
        for (PlanContent.PeriodTarget p : g.periods()) {
            int year = Integer.parseInt(p.period());
            if (p.target() != null) targets.put(year, p.target());
            fileTotals.put(year, p.fileTotal());
        }
        Map<Integer, Map<String, BigDecimal>> bySource = new LinkedHashMap<>();
        for (PlanContent.Cost c : g.costs()) {
            bySource.computeIfAbsent(Integer.parseInt(c.period()), y -> new LinkedHashMap<>())
                    .put(sources.nameOf(c.sourceCode()), c.amount());
        }
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(bySource.keySet());
        fileTotals.forEach((y, t) -> {
            if (t != null) years.add(y);
        });
        List<SisptWorkbook.YearlyCost> costs = years.stream()
                .map(y -> new SisptWorkbook.YearlyCost(y, bySource.getOrDefault(y, Map.of()), fileTotals.get(y)))
                .toList();
        Map<String, String> other = createdOn == null ? Map.of() : Map.of(CREATED_ON_HEADER, createdOn);
        return new SisptWorkbook.ProductGoal(
                g.sisptCode(),
                lineRefs(g.lineText()),
                mga,
                g.customName(),
                g.unit(),
                g.fourYearTarget(),
                bool(g.principal()),
                g.odsCode(),
                g.odsName(),
                g.accumulationText(),
                targets,
                costs,
                g.bpins(),
                other,
                0);
    }

    /** "LE-1-Ambiente…,LE-3-Progreso…" back into references; the reader split it the same way. */
    private static List<SisptWorkbook.LineRef> lineRefs(String text) {
        if (text == null || text.isBlank()) return List.of();
        List<SisptWorkbook.LineRef> refs = new ArrayList<>();
        for (String part : text.split(",(?=\\s*LE-)")) {
            String p = part.trim();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "^(LE-\\d+)(?:-(.*))?$", java.util.regex.Pattern.DOTALL)
                    .matcher(p);
            if (m.matches()) {
                refs.add(new SisptWorkbook.LineRef(m.group(1), m.group(2) == null ? "" : m.group(2)));
            } else {
                refs.add(new SisptWorkbook.LineRef(p, ""));
            }
        }
        return refs;
    }

    private static String lineText(List<SisptWorkbook.LineRef> refs) {
        if (refs.isEmpty()) return null;
        return String.join(",", refs.stream().map(SisptWorkbook.LineRef::text).toList());
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "Sí" : "No";
    }

    private static Boolean bool(String value) {
        return value == null ? null : value.equals("Sí");
    }
}
