package co.rumbo.interop;

import co.rumbo.interop.sispt.SisptImport;
import co.rumbo.interop.sispt.SisptImporter;
import co.rumbo.interop.sispt.SisptIssue;
import co.rumbo.structure.FundingSources;
import co.rumbo.structure.MgaCatalog;
import co.rumbo.structure.PlanContent;
import co.rumbo.structure.PlanStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Loads a SisPT export into a given organization the way the SisPT import does (its reader,
 * validator and mapping, then {@link PlanStore}), without the import's choice of organization by
 * the file's DANE code: each test class has an organization of its own, and the real Tenjo must not
 * be shared between them. The validator's errors do not stop the load (the tests compare, they do not
 * import); they are printed.
 */
final class SisptImportPlans {

    private final PlanStore store;
    private final FundingSources sources;
    private final MgaCatalog catalog;

    SisptImportPlans(PlanStore store, FundingSources sources, MgaCatalog catalog) {
        this.store = store;
        this.sources = sources;
        this.catalog = catalog;
    }

    /** Loads the file as the organization's plan and returns the plan's id. */
    UUID load(UUID organizationId, Path sisptFile) {
        SisptImport checked = new SisptImporter(catalog::isKnownIndicator).check(sisptFile);
        if (checked.workbook() == null) {
            throw new IllegalStateException(sisptFile + ": " + checked.issues());
        }
        List<SisptIssue> problems = new ArrayList<>(checked.issues());
        PlanContent content =
                new SisptPlanMapping(sources).toContent(checked.workbook(), checked.inferences(), problems);
        problems.stream()
                .filter(SisptIssue::isError)
                .forEach(p -> System.out.println(sisptFile.getFileName() + ": " + p.message()));
        return store.save(organizationId, content).planId();
    }
}
