package co.rumbo.interop;

import co.rumbo.calendar.Period;
import co.rumbo.interop.dnp.DnpSeguimiento;
import co.rumbo.interop.dnp.DnpSeguimientoReader;
import co.rumbo.interop.dnp.DnpSeguimientoReading;
import co.rumbo.interop.xlsx.SheetIssue;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.ActorProvider;
import co.rumbo.platform.files.StoredFiles;
import co.rumbo.structure.BudgetKind;
import co.rumbo.structure.GoalFilter;
import co.rumbo.structure.GoalSummary;
import co.rumbo.structure.PlanSummary;
import co.rumbo.structure.Plans;
import co.rumbo.tracking.BudgetWrite;
import co.rumbo.tracking.GoalValues;
import co.rumbo.tracking.SourceLoad;
import co.rumbo.tracking.SourceLoadResult;
import co.rumbo.tracking.ValueSource;
import co.rumbo.tracking.ValueWrite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads DNP's "Informe de Seguimiento al PDT" ({@code Alertas-<DANE>.xlsx}) into a plan.
 *
 * <p>The whole file is checked before anything is stored: a damaged file, a missing sheet or column,
 * a wrong value or another entity's file refuses it ({@link DnpImportRejected}); SisPT codes the plan
 * does not have are only warnings. Then, in one transaction, every row of both detail sheets is kept
 * as a reconciliation unit per year (replacing the plan's previous load), and the rows about a single
 * goal become that goal's values, source DNP: the year's executed value (PIIP) and the year's budget
 * execution (CUIPO compromisos, obligaciones, pagos). A row that adds up several goals
 * ("IP-12, IP-16") stays a unit and is never split. DNP's programming is not copied into the goal
 * values: a year's target is the plan's own (Plan Indicativo). A goal's value that a person (or
 * another source) set is kept and reported as a warning.
 */
@Service
public class DnpSeguimientoImport {

    private final DnpSeguimientoReader reader = new DnpSeguimientoReader();
    private final Plans plans;
    private final Organizations organizations;
    private final GoalValues goalValues;
    private final DnpUnitStore store;
    private final ActorProvider actors;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    DnpSeguimientoImport(
            Plans plans,
            Organizations organizations,
            GoalValues goalValues,
            DnpUnitStore store,
            ActorProvider actors,
            PlatformTransactionManager transactions,
            JsonMapper json) {
        this.plans = plans;
        this.organizations = organizations;
        this.goalValues = goalValues;
        this.store = store;
        this.actors = actors;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
    }

    /**
     * Checks and loads a seguimiento file into a plan.
     *
     * @param fileName the uploaded file's name, which carries the DANE code; may be null
     * @throws co.rumbo.platform.NotFoundException the plan is not the organization's
     * @throws DnpImportRejected the file cannot be read or is not right; nothing was stored
     */
    public DnpImportResult load(UUID organizationId, UUID planId, InputStream file, String fileName) {
        PlanSummary plan = plans.plan(organizationId, planId);
        byte[] bytes = bytes(file);
        DnpSeguimientoReading reading = reader.read(new ByteArrayInputStream(bytes), fileName);
        List<ImportIssue> errors = new ArrayList<>();
        List<ImportIssue> warnings = new ArrayList<>();
        for (SheetIssue issue : reading.issues()) {
            (issue.isError() ? errors : warnings).add(issue(issue));
        }
        if (reading.content().isEmpty()) {
            throw new DnpImportRejected(
                    DnpImportRejected.Reason.UNREADABLE,
                    "No se pudo abrir el archivo «" + fileName + "»: "
                            + errors.get(0).message(),
                    errors,
                    warnings);
        }
        DnpSeguimiento content = reading.content().get();
        checkEntity(organizationId, content, errors);
        if (content.physicalRows().isEmpty() && content.financialRows().isEmpty() && errors.isEmpty()) {
            errors.add(ImportIssue.of("El archivo no tiene filas de seguimiento físico ni financiero."));
        }
        if (!errors.isEmpty()) {
            throw new DnpImportRejected(
                    DnpImportRejected.Reason.INVALID,
                    "El archivo tiene " + errors.size() + (errors.size() == 1 ? " error" : " errores")
                            + "; no se cargó nada.",
                    errors,
                    warnings);
        }

        Map<String, GoalSummary> goals = ordinaryGoals(organizationId, planId);
        List<DnpUnits.Physical> physical = DnpUnits.physical(content);
        List<DnpUnits.Financial> financial = DnpUnits.financial(content);
        SortedSet<Integer> years = DnpUnits.years(content);
        Set<String> unknown = new LinkedHashSet<>();
        unknownCodes(content, goals, unknown, warnings);
        years.stream()
                .filter(y -> y < plan.firstYear() || y > plan.lastYear())
                .forEach(y -> warnings.add(
                        ImportIssue.of("La vigencia " + y + " del archivo está fuera de los años del plan ("
                                + plan.firstYear() + " a " + plan.lastYear() + ").")));
        // A new file replaces the previous load whole: DNP's values of a year it no longer has go too.
        SortedSet<Integer> replaced = new TreeSet<>(years);
        store.load(organizationId, planId).ifPresent(previous -> replaced.addAll(previous.years()));
        SourceLoad goalLevel = goalLevel(physical, financial, goals, replaced);

        String loadedBy = actors.currentActor().name();
        DnpLoad load = new DnpLoad(
                planId,
                fileName,
                content.dane(),
                content.entityName(),
                content.cutDate(),
                List.copyOf(years),
                loadedBy,
                null);
        return transaction.execute(status -> {
            store.savePhysical(organizationId, planId, physical);
            store.saveFinancial(organizationId, planId, financial);
            SourceLoadResult written = goalValues.replaceSource(organizationId, planId, goalLevel);
            keptWarnings(written, goals, warnings);
            DnpImportResult report = result(plan, load, content, unknown, goalLevel, written, warnings);
            store.saveLoad(organizationId, planId, load, StoredFiles.sha256(bytes), json.writeValueAsString(report));
            return report;
        });
    }

    private static DnpImportResult result(
            PlanSummary plan,
            DnpLoad load,
            DnpSeguimiento content,
            Set<String> unknown,
            SourceLoad goalLevel,
            SourceLoadResult written,
            List<ImportIssue> warnings) {
        DnpImportResult.Counts counts = new DnpImportResult.Counts(
                content.physicalRows().size(),
                content.financialRows().size(),
                (int) content.physicalRows().stream()
                        .filter(r -> r.goal().sisptCodes().size() > 1)
                        .count(),
                (int) content.financialRows().stream()
                        .filter(r -> r.goal().sisptCodes().size() > 1)
                        .count(),
                unknown.size(),
                goalLevel.values().size(),
                goalLevel.budgets().size(),
                written.valuesWritten(),
                written.valuesRemoved(),
                written.budgetsWritten(),
                written.budgetsRemoved(),
                written.kept().size());
        return new DnpImportResult(
                plan.id(),
                load.fileName(),
                load.daneCode(),
                load.entityName(),
                load.cutDate(),
                load.years(),
                counts,
                warnings,
                List.of());
    }

    /** A file named for another entity is someone else's report: loading it would mix two plans. */
    private void checkEntity(UUID organizationId, DnpSeguimiento content, List<ImportIssue> errors) {
        String own = organizations.get(organizationId).daneCode();
        if (content.dane() != null && !content.dane().equals(own)) {
            errors.add(ImportIssue.of("El archivo es el informe de la entidad con código DANE " + content.dane()
                    + ", pero esta entidad tiene el código " + own + "."));
        }
    }

    /** The plan's ordinary-budget goals by SisPT code: DNP's physical sheet follows only those. */
    private Map<String, GoalSummary> ordinaryGoals(UUID organizationId, UUID planId) {
        return plans.goals(organizationId, planId, GoalFilter.NONE).stream()
                .filter(g -> g.budgetKind() == BudgetKind.ORDINARIO)
                .collect(Collectors.toMap(GoalSummary::sisptCode, g -> g, (a, b) -> a, LinkedHashMap::new));
    }

    private static void unknownCodes(
            DnpSeguimiento content, Map<String, GoalSummary> goals, Set<String> unknown, List<ImportIssue> warnings) {
        content.physicalRows()
                .forEach(row -> unknownCodes(
                        "Detalle seguimiento físico",
                        row.rowNumber(),
                        row.goal().sisptCodes(),
                        goals,
                        unknown,
                        warnings));
        content.financialRows()
                .forEach(row -> unknownCodes(
                        "Detalle seguimiento financiero",
                        row.rowNumber(),
                        row.goal().sisptCodes(),
                        goals,
                        unknown,
                        warnings));
    }

    private static void unknownCodes(
            String sheet,
            int row,
            List<String> codes,
            Map<String, GoalSummary> goals,
            Set<String> unknown,
            List<ImportIssue> warnings) {
        List<String> missing = codes.stream().filter(c -> !goals.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            unknown.addAll(missing);
            warnings.add(new ImportIssue(
                    sheet,
                    row,
                    "Consecutivos IP (SisPT)",
                    "Hoja «" + sheet + "», fila " + row + ": " + String.join(", ", missing)
                            + (missing.size() == 1 ? " no es una meta" : " no son metas")
                            + " del plan; la fila se guarda para la conciliación, pero no da valores a ninguna meta."));
        }
    }

    /**
     * The values of the rows about one goal of the plan; rows about several goals are not split.
     *
     * @param years the years whose DNP values the load replaces
     */
    private static SourceLoad goalLevel(
            List<DnpUnits.Physical> physical,
            List<DnpUnits.Financial> financial,
            Map<String, GoalSummary> goals,
            SortedSet<Integer> years) {
        List<ValueWrite> values = new ArrayList<>();
        for (DnpUnits.Physical unit : physical) {
            GoalSummary goal = singleGoal(unit.sisptCodes(), goals);
            // A blank execution is "not found in PIIP", which is not 0: it is no value at all.
            if (goal != null && unit.executed() != null) {
                values.add(new ValueWrite(goal.id(), Period.ofYear(unit.year()), null, unit.executed()));
            }
        }
        List<BudgetWrite> budgets = new ArrayList<>();
        for (DnpUnits.Financial unit : financial) {
            GoalSummary goal = singleGoal(unit.sisptCodes(), goals);
            if (goal != null && unit.hasAmounts()) {
                budgets.add(new BudgetWrite(
                        goal.id(), unit.year(), null, unit.commitments(), unit.obligations(), unit.payments()));
            }
        }
        return new SourceLoad(
                ValueSource.DNP,
                years.stream().map(Period::ofYear).collect(Collectors.toSet()),
                years,
                values,
                budgets);
    }

    private static GoalSummary singleGoal(List<String> codes, Map<String, GoalSummary> goals) {
        return codes.size() == 1 ? goals.get(codes.get(0)) : null;
    }

    private static void keptWarnings(
            SourceLoadResult result, Map<String, GoalSummary> goals, List<ImportIssue> warnings) {
        Map<UUID, String> codes = new LinkedHashMap<>();
        goals.values().forEach(g -> codes.put(g.id(), g.sisptCode()));
        for (SourceLoadResult.Kept kept : result.kept()) {
            warnings.add(ImportIssue.of(codes.get(kept.goalId()) + ", " + kept.period() + ": se conserva "
                    + (kept.budget() ? "la ejecución presupuestal" : "el valor") + " de fuente «"
                    + kept.source().label() + "»; el de DNP no se aplicó."));
        }
    }

    private static ImportIssue issue(SheetIssue issue) {
        return new ImportIssue(issue.sheet(), issue.row(), issue.column(), issue.message());
    }

    private static byte[] bytes(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el archivo subido", e);
        }
    }
}
