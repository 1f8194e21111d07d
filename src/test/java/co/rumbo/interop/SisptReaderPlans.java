package co.rumbo.interop;

import co.rumbo.interop.sispt.SisptImport;
import co.rumbo.interop.sispt.SisptImporter;
import co.rumbo.interop.sispt.SisptWorkbook;
import co.rumbo.interop.sispt.TypeInference;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.structure.BudgetKind;
import co.rumbo.structure.PlanContent;
import co.rumbo.structure.PlanLayout;
import co.rumbo.structure.PlanStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Loads a SisPT export as a plan with the product's SisPT reader and validator ({@link
 * SisptImporter}) and {@link PlanStore}, keeping what the reconciliation needs of the ordinary
 * budget's product goals: codes, lines, MGA classification, programming type, yearly targets and
 * BPINs. The mapping to {@link PlanContent} is the SisPT import service's job; until that service
 * exists this test-side mapping stands in for it, and a loader that calls the service can replace
 * this one without touching the tests ({@link SisptPlanLoader}).
 */
public final class SisptReaderPlans implements SisptPlanLoader {

    private final PlanStore store;

    public SisptReaderPlans(PlanStore store) {
        this.store = store;
    }

    @Override
    public UUID load(UUID organizationId, Path sisptFile) {
        return store.save(organizationId, content(sisptFile)).planId();
    }

    /** The file as plan content; the validator's errors do not stop it (the tests compare, not import). */
    public static PlanContent content(Path sisptFile) {
        SisptImport checked = new SisptImporter(code -> true).check(sisptFile);
        SisptWorkbook workbook = checked.readWorkbook()
                .orElseThrow(() -> new IllegalStateException(sisptFile + ": " + checked.issues()));
        Map<String, ProgrammingType> types = checked.inferences().stream()
                .collect(Collectors.toMap(
                        TypeInference::code,
                        i -> ProgrammingType.valueOf(i.type().name()),
                        (a, b) -> a));
        List<PlanContent.Goal> goals = new ArrayList<>();
        for (SisptWorkbook.ProductGoal g : workbook.productGoals()) {
            List<PlanContent.PeriodTarget> targets = new ArrayList<>();
            g.yearlyTargets()
                    .forEach(
                            (year, target) -> targets.add(new PlanContent.PeriodTarget(year.toString(), target, null)));
            goals.add(new PlanContent.Goal(
                    BudgetKind.ORDINARIO,
                    g.sisptCode(),
                    g.lines().stream().map(SisptWorkbook.LineRef::text).collect(Collectors.joining(",")),
                    // PlanStore refuses a line named twice in one goal's cell (the department's file has some)
                    g.lineCodes().stream().distinct().toList(),
                    g.mga().sectorCode(),
                    g.mga().sectorName(),
                    g.mga().programCode(),
                    g.mga().programName(),
                    g.mga().productCode(),
                    g.mga().productName(),
                    g.mga().indicatorCode(),
                    g.mga().indicatorName(),
                    g.customName(),
                    g.unit(),
                    g.fourYearTarget(),
                    types.getOrDefault(g.sisptCode(), ProgrammingType.SUMA),
                    !"Acumulativo".equalsIgnoreCase(g.accumulation()),
                    g.accumulation(),
                    null,
                    g.odsCode(),
                    g.odsName(),
                    null,
                    null,
                    targets,
                    List.of(),
                    g.bpins()));
        }
        List<Integer> years = workbook.productGoals().stream()
                .flatMap(g -> g.yearlyTargets().keySet().stream())
                .distinct()
                .sorted()
                .toList();
        return new PlanContent(
                workbook.planName() == null ? "Plan" : workbook.planName(),
                years.isEmpty() ? 2024 : years.get(0),
                years.isEmpty() ? 2027 : years.get(years.size() - 1),
                null,
                PlanLayout.MUNICIPAL,
                workbook.strategicLines().stream()
                        .map(l -> new PlanContent.Line(l.code(), l.name()))
                        .toList(),
                List.of(),
                goals,
                List.of());
    }
}
