package co.rumbo.interop;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.interop.sispt.SisptImport;
import co.rumbo.interop.sispt.SisptImporter;
import co.rumbo.interop.sispt.SisptIssue;
import co.rumbo.interop.sispt.SisptLayout;
import co.rumbo.interop.sispt.SisptWorkbook;
import co.rumbo.interop.sispt.SisptWriter;
import co.rumbo.interop.sispt.TypeInference;
import co.rumbo.organization.Organization;
import co.rumbo.organization.OrganizationKind;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.files.StoredFiles;
import co.rumbo.structure.FundingSources;
import co.rumbo.structure.MgaCatalog;
import co.rumbo.structure.PlanContent;
import co.rumbo.structure.PlanStore;
import co.rumbo.structure.Plans;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports DNP's SisPT export of a Plan Indicativo and exports a plan back in the same layout.
 *
 * <p>Everything is validated first; nothing is saved while the file has an error. Then the plan is
 * created or merged in one transaction (by SisPT code), so importing the same file twice changes
 * nothing. The file must be of the user's organization; a platform admin importing the file of an
 * organization that does not exist yet creates it.
 */
@Service
public class SisptImports {

    private final Organizations organizations;
    private final PlanStore store;
    private final Plans plans;
    private final MgaCatalog catalog;
    private final FundingSources sources;
    private final JsonMapper json;
    private final TransactionTemplate tx;

    SisptImports(
            Organizations organizations,
            PlanStore store,
            Plans plans,
            MgaCatalog catalog,
            FundingSources sources,
            JsonMapper json,
            TransactionTemplate tx) {
        this.organizations = organizations;
        this.store = store;
        this.plans = plans;
        this.catalog = catalog;
        this.sources = sources;
        this.json = json;
        this.tx = tx;
    }

    /** Checks and, when the file has no error, saves it. Never throws for a bad file: the report says why. */
    public SisptImportReport importFile(CurrentUser user, String fileName, byte[] content) {
        long started = System.nanoTime();
        if (!user.hasAny(Role.PLANEACION, Role.ADMIN)) {
            throw new ForbiddenException("Solo la oficina de planeación importa el Plan de Desarrollo");
        }
        SisptImport checked = new SisptImporter(catalog::isKnownIndicator).check(new ByteArrayInputStream(content));
        if (checked.workbook() == null) {
            return report(
                    SisptImportReport.Outcome.UNREADABLE,
                    checked,
                    checked.issues(),
                    null,
                    null,
                    List.of(),
                    false,
                    started);
        }
        SisptWorkbook wb = checked.workbook();
        List<SisptIssue> issues = new ArrayList<>(checked.issues());
        Optional<Organization> target =
                organizations.findByDaneCode(wb.organization().daneCode());
        if (!user.has(Role.ADMIN)) {
            UUID mine = user.requireOrganization();
            if (target.isEmpty() || !target.get().id().equals(mine)) {
                issues.add(new SisptIssue(
                        null,
                        0,
                        null,
                        null,
                        "El archivo es de la entidad " + wb.organization().name() + " (DANE "
                                + wb.organization().daneCode() + "), no de la suya",
                        SisptIssue.Severity.ERROR));
            }
        }
        PlanContent plan = new SisptPlanMapping(sources).toContent(wb, checked.inferences(), issues);
        if (issues.stream().anyMatch(SisptIssue::isError)) {
            return report(SisptImportReport.Outcome.INVALID, checked, issues, null, null, List.of(), false, started);
        }
        boolean create = target.isEmpty();
        String layoutJson = json.writeValueAsString(wb.layout());
        String sha = StoredFiles.sha256(content);
        var saved = tx.execute(status -> {
            Organization org = create
                    ? organizations.create(
                            wb.organization().daneCode(),
                            wb.organization().name(),
                            OrganizationKind.fromDaneCode(wb.organization().daneCode()))
                    : target.get();
            PlanStore.SaveResult result = store.save(org.id(), plan);
            store.keepFileLayout(org.id(), result.planId(), layoutJson);
            return new Object[] {org, result};
        });
        Organization org = (Organization) saved[0];
        PlanStore.SaveResult result = (PlanStore.SaveResult) saved[1];
        SisptImportReport report = report(
                SisptImportReport.Outcome.SAVED,
                checked,
                issues,
                org,
                result.planId(),
                result.eliminatedCodes(),
                create,
                started);
        store.recordImport(org.id(), result.planId(), fileName, sha, user.username(), json.writeValueAsString(report));
        return report;
    }

    /** Writes a plan as a SisPT xlsx, in the layout of the file it was imported from. */
    public void export(UUID organizationId, UUID planId, OutputStream out) {
        Organization org = organizations.get(organizationId);
        plans.plan(organizationId, planId); // 404 for another organization's plan
        PlanContent content = store.content(organizationId, planId);
        SisptLayout layout = store.fileLayout(organizationId, planId)
                .filter(s -> !s.isBlank())
                .map(s -> json.readValue(s, SisptLayout.class))
                .orElseGet(() -> SisptLayout.standard(
                        java.util.stream.IntStream.rangeClosed(content.firstYear(), content.lastYear())
                                .boxed()
                                .toList(),
                        SisptLayout.standardSources(),
                        List.of("2023-2024", "2025-2026", "2027-2028")));
        SisptWorkbook wb = new SisptPlanMapping(sources).toWorkbook(org.daneCode(), org.name(), content, layout);
        try {
            new SisptWriter().write(wb, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export as bytes (tests, downloads of known size). */
    public byte[] export(UUID organizationId, UUID planId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export(organizationId, planId, out);
        return out.toByteArray();
    }

    private SisptImportReport report(
            SisptImportReport.Outcome outcome,
            SisptImport checked,
            List<SisptIssue> issues,
            Organization org,
            UUID planId,
            List<String> eliminated,
            boolean created,
            long started) {
        SisptWorkbook wb = checked.workbook();
        var counts = wb == null
                ? new SisptImportReport.Counts(0, 0, 0, 0)
                : new SisptImportReport.Counts(
                        wb.strategicLines().size(),
                        wb.outcomeGoals().size(),
                        wb.productGoals().size(),
                        wb.sgrProductGoals().size());
        SisptImportReport.Totals totals = null;
        if (checked.totals() != null) {
            Map<String, BigDecimal> byYear = new LinkedHashMap<>();
            checked.totals().byYear().forEach((y, v) -> byYear.put(Integer.toString(y), v));
            totals = new SisptImportReport.Totals(
                    byYear, checked.totals().bySource(), checked.totals().total());
        }
        List<SisptImportReport.Problem> warnings = issues.stream()
                .filter(i -> !i.isError())
                .map(SisptImports::problem)
                .toList();
        List<SisptImportReport.Problem> errors = issues.stream()
                .filter(SisptIssue::isError)
                .map(SisptImports::problem)
                .toList();
        List<SisptImportReport.InferredType> inferred = checked.inferences().stream()
                .filter(TypeInference::inferred)
                .map(i -> new SisptImportReport.InferredType(
                        i.code(), i.accumulation(), i.type().name(), i.reason(), i.ambiguous()))
                .toList();
        return new SisptImportReport(
                outcome,
                wb == null
                        ? null
                        : new SisptImportReport.OrganizationRef(
                                org == null ? null : org.id(),
                                wb.organization().daneCode(),
                                wb.organization().name()),
                planId == null ? null : new SisptImportReport.PlanRef(planId, wb.planName()),
                counts,
                totals,
                warnings,
                errors,
                inferred,
                eliminated,
                created,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static SisptImportReport.Problem problem(SisptIssue i) {
        String column = i.column() == null
                ? i.header()
                : i.header() == null ? i.column() : i.column() + " (" + i.header() + ")";
        return new SisptImportReport.Problem(i.sheet(), i.row() == 0 ? null : i.row(), column, i.message());
    }
}
