package co.rumbo.tracking;

import co.rumbo.progress.ProgrammingType;
import co.rumbo.structure.BudgetKind;
import co.rumbo.structure.PlanContent;
import co.rumbo.structure.PlanLayout;
import co.rumbo.structure.PlanStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Small hand-made plans (2024–2027) for the tests that need goals. */
public final class TestPlans {

    private TestPlans() {}

    /**
     * A goal "IP-n" with yearly targets 2024… in order (null for a blank year), BPIN
     * "20242579900" + n, MGA indicator 3204001 + two digits.
     */
    public static PlanContent.Goal goal(String code, ProgrammingType type, String... targets) {
        List<PlanContent.PeriodTarget> periods = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            periods.add(new PlanContent.PeriodTarget(
                    Integer.toString(2024 + i), targets[i] == null ? null : new BigDecimal(targets[i]), null));
        }
        return new PlanContent.Goal(
                BudgetKind.ORDINARIO,
                code,
                "LE-1-Ambiente",
                List.of("LE-1"),
                "32",
                "Ambiente y desarrollo sostenible",
                "3204",
                "Gestión de la información y el conocimiento ambiental",
                "3204001",
                "Documentos de investigación",
                "320400100",
                "Documentos de investigación realizados",
                null,
                "Número",
                null,
                type,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                periods,
                List.of(),
                List.of("20242579900" + code.replaceAll("\\D", "")));
    }

    public static PlanContent plan(PlanContent.Goal... goals) {
        return new PlanContent(
                "Plan de prueba",
                2024,
                2027,
                null,
                PlanLayout.MUNICIPAL,
                List.of(new PlanContent.Line("LE-1", "Ambiente")),
                List.of(),
                List.of(goals),
                List.of());
    }

    /** Saves the plan and returns its id. */
    public static UUID save(PlanStore store, UUID organizationId, PlanContent content) {
        return store.save(organizationId, content).planId();
    }
}
