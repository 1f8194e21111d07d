package co.rumbo.interop;

import java.nio.file.Path;
import java.util.UUID;

/**
 * Puts a DNP SisPT export into an organization as its plan, for tests that need a real plan to
 * reconcile against. {@link SisptReaderPlans} reads the file with the product's SisPT reader and maps
 * what the reconciliation needs; once the SisPT import service (reader + saving) exists, an
 * implementation that calls it can take its place without touching the tests.
 */
@FunctionalInterface
public interface SisptPlanLoader {

    /** Loads the file as the organization's plan and returns the plan's id. */
    UUID load(UUID organizationId, Path sisptFile);
}
