package co.rumbo.bench;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.interop.SisptImportReport;
import co.rumbo.interop.SisptImports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Prints the import time of a SisPT file (default: the largest, Cundinamarca's 25.xlsx): the first
 * import (creates the organization and the plan) and the median of warm re-imports (the JVM is warm;
 * the plan is merged, nothing changes). Run by {@code bench/import}; not part of the test suite.
 */
@Tag("bench")
@SpringBootTest
class SisptImportBenchmark {

    @Autowired
    SisptImports imports;

    @Test
    void importTheLargestFile() throws Exception {
        Path file = Path.of(System.getProperty("bench.file", "../shared/data/dnp/sispt/25.xlsx"));
        int runs = Integer.getInteger("bench.runs", 5);
        byte[] bytes = Files.readAllBytes(file);
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), "bench", "Bench", null, Set.of(Role.ADMIN), Set.of());
        long t0 = System.nanoTime();
        SisptImportReport first = imports.importFile(admin, file.getFileName().toString(), bytes);
        double firstMs = (System.nanoTime() - t0) / 1e6;
        if (first.outcome() != SisptImportReport.Outcome.SAVED) {
            throw new IllegalStateException("import failed: " + first.errors());
        }
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < runs + 2; i++) {
            long t = System.nanoTime();
            imports.importFile(admin, file.getFileName().toString(), bytes);
            if (i >= 2) warm.add((System.nanoTime() - t) / 1e6); // two more warm-ups
        }
        Collections.sort(warm);
        List<Double> checks = new ArrayList<>();
        for (int i = 0; i < runs + 2; i++) {
            long t = System.nanoTime();
            new co.rumbo.interop.sispt.SisptImporter(code -> true).check(new java.io.ByteArrayInputStream(bytes));
            if (i >= 2) checks.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(checks);
        System.out.printf(
                "file=%s goals=%d first_import_ms=%.0f warm_reimport_runs=%s warm_reimport_median_ms=%.0f"
                        + " read_validate_median_ms=%.0f%n",
                file.getFileName(),
                first.counts().productGoals(),
                firstMs,
                warm.stream().map(d -> String.format("%.0f", d)).toList(),
                warm.get(warm.size() / 2),
                checks.get(checks.size() / 2));
    }
}
