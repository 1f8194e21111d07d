package co.rumbo.demo;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.UserCommand;
import co.rumbo.identity.Users;
import co.rumbo.interop.SisptImportReport;
import co.rumbo.interop.SisptImports;
import co.rumbo.interop.TenjoDemoValues;
import co.rumbo.interop.TenjoOffices;
import co.rumbo.interop.TenjoQuarters;
import co.rumbo.organization.Office;
import co.rumbo.organization.OfficeCommand;
import co.rumbo.organization.OfficeKind;
import co.rumbo.organization.Organization;
import co.rumbo.organization.Organizations;
import co.rumbo.structure.GoalEditor;
import co.rumbo.structure.GoalFilter;
import co.rumbo.structure.Plans;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo on the first start in demo mode: Tenjo (DANE 25799) from its real SisPT file, its
 * offices and each goal's responsible office from its own workbook (column RESPONSABLE), and one user
 * per role; {@code lider} and {@code enlace} belong to the office with the most goals. Then the
 * approved action plans of {@link #PLAN_YEARS} ({@link DemoActionPlans}) and the follow-up ({@link
 * DemoCapture}: 2025 captured by quarter and closed, the current month of 2026 open), each part once: a
 * part that is already there is left alone. Tenjo itself is loaded only when it does not exist, so a
 * restart keeps what people changed and only adds the parts an older demo database lacks.
 */
@Component
@ConditionalOnProperty(name = "rumbo.demo.enabled", havingValue = "true")
class DemoData {

    static final String DANE = "25799";
    static final String WORKBOOK = "demo/plan_indicativo_tenjo.xlsx";

    /** The years with approved action plans: the last one Tenjo's workbook follows, and the current one. */
    static final List<Integer> PLAN_YEARS = List.of(2025, 2026);

    /** The year captured by quarter from the workbook's executed values, accepted and closed. */
    static final int CAPTURED_YEAR = 2025;

    /** The year captured by month, with its last ended month open. */
    static final int CURRENT_YEAR = 2026;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Organizations organizations;
    private final SisptImports imports;
    private final Plans plans;
    private final GoalEditor goals;
    private final Users users;
    private final TenjoDemoValues tenjoValues;
    private final DemoActionPlans actionPlans;
    private final DemoCapture capture;
    private final String password;

    DemoData(
            Organizations organizations,
            SisptImports imports,
            Plans plans,
            GoalEditor goals,
            Users users,
            TenjoDemoValues tenjoValues,
            DemoActionPlans actionPlans,
            DemoCapture capture,
            @Value("${rumbo.demo.password:rumbo-demo}") String password) {
        this.organizations = organizations;
        this.imports = imports;
        this.plans = plans;
        this.goals = goals;
        this.users = users;
        this.tenjoValues = tenjoValues;
        this.actionPlans = actionPlans;
        this.capture = capture;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(-10)
    void loadOnce() {
        long started = System.nanoTime();
        Organization tenjo = organizations.findByDaneCode(DANE).orElseGet(this::loadTenjo);
        UUID planId = plans.plans(tenjo.id()).stream()
                .filter(p ->
                        p.firstYear() <= PLAN_YEARS.get(0) && p.lastYear() >= PLAN_YEARS.get(PLAN_YEARS.size() - 1))
                .findFirst()
                .map(co.rumbo.structure.PlanSummary::id)
                .orElse(null);
        if (planId == null) {
            log.warn("La demostración no tiene el plan de Tenjo para {}: no se cargan planes de acción", PLAN_YEARS);
            return;
        }
        loadFollowUp(tenjo.id(), planId);
        log.info("Demostración lista en {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * What the demo adds to Tenjo, each part once: the approved action plans of each year of {@link
     * #PLAN_YEARS} that has none, the capture of {@link #CAPTURED_YEAR} by quarter when no period of it was
     * ever opened, and the month open for capture when no period of {@link #CURRENT_YEAR} was.
     */
    private void loadFollowUp(UUID org, UUID planId) {
        List<Integer> missingPlans = PLAN_YEARS.stream()
                .filter(year -> !actionPlans.hasPlans(org, year))
                .toList();
        boolean captureMissing = !capture.hasPeriods(org, CAPTURED_YEAR);
        boolean monthMissing = !capture.hasPeriods(org, CURRENT_YEAR);
        if (missingPlans.isEmpty() && !captureMissing && !monthMissing) {
            return;
        }
        Map<UUID, TenjoQuarters.GoalQuarters> quarters = new HashMap<>();
        try (InputStream in = new ClassPathResource(WORKBOOK).getInputStream()) {
            TenjoQuarters.read(plans.goals(org, planId, GoalFilter.NONE), in).forEach(q -> quarters.put(q.goalId(), q));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int year : missingPlans) {
            long started = System.nanoTime();
            DemoActionPlans.YearLoad load = actionPlans.approveYear(org, planId, year, quarters);
            log.info(
                    "Planes de acción {} aprobados: {} dependencias, {} metas programadas ({}), {} en pesos ({} ms)",
                    year,
                    load.plans(),
                    load.programmed(),
                    load.decisions(),
                    load.money().toPlainString(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        if (captureMissing) {
            long started = System.nanoTime();
            DemoCapture.Captured captured = capture.captureQuarters(org, CAPTURED_YEAR, quarters);
            log.info(
                    "Captura {} por trimestres ({}): {} hojas enviadas, aceptadas y cerradas, {} valores del libro, {}"
                            + " en 0 por no tener valor válido, {} sin valor ({} ms)",
                    CAPTURED_YEAR,
                    String.join(", ", captured.periods()),
                    captured.sheets(),
                    captured.values(),
                    captured.zeros(),
                    captured.blanks(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        if (monthMissing) {
            capture.openCurrentMonth(org, PLAN_YEARS)
                    .ifPresent(p -> log.info(
                            "Captura mensual desde {}: {} abierto, plazo {}", CURRENT_YEAR, p.period(), p.deadline()));
        }
    }

    /** Tenjo, its plan, offices, users and workbook values. */
    private Organization loadTenjo() {
        long started = System.nanoTime();
        CurrentUser loader =
                new CurrentUser(UUID.randomUUID(), "demo", "Carga de demostración", null, Set.of(Role.ADMIN), Set.of());
        SisptImportReport report = imports.importFile(loader, "25799.xlsx", bytes("demo/sispt-25799.xlsx"));
        if (report.outcome() != SisptImportReport.Outcome.SAVED) {
            throw new IllegalStateException("No se pudo cargar el plan de demostración: " + report.errors());
        }
        Organization tenjo = organizations.findByDaneCode(DANE).orElseThrow();
        UUID planId = report.plan().id();
        Office busiest = assignOffices(tenjo.id(), planId);
        createUsers(tenjo.id(), busiest);
        try (InputStream in = new ClassPathResource(WORKBOOK).getInputStream()) {
            var values = tenjoValues.load(tenjo.id(), planId, in);
            log.info(
                    "Valores trimestrales 2024–2025 de Tenjo: {} valores, {} presupuestos",
                    values.values(),
                    values.budgets());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info(
                "Datos de demostración cargados: {} metas, dependencia de lider/enlace «{}» ({} ms)",
                report.counts().productGoals(),
                busiest.name(),
                (System.nanoTime() - started) / 1_000_000);
        return tenjo;
    }

    /** Creates the offices named in RESPONSABLE and assigns each goal; returns the office with most goals. */
    private Office assignOffices(UUID org, UUID planId) {
        List<TenjoOffices.Responsible> responsible;
        try (InputStream in = new ClassPathResource(WORKBOOK).getInputStream()) {
            responsible = TenjoOffices.read(plans.goals(org, planId, GoalFilter.NONE), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Office> offices = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (TenjoOffices.Responsible r : responsible) {
            if (r.officeName() == null || r.officeName().isBlank()) continue;
            Office office = offices.computeIfAbsent(
                    r.officeName(),
                    n -> organizations.createOffice(
                            org,
                            new OfficeCommand(
                                    codeFor(n, offices.size() + 1), n, OfficeKind.guessFromName(expand(n)), true)));
            goals.assignOffice(org, planId, r.sisptCode(), office.id());
            counts.merge(r.officeName(), 1, Integer::sum);
        }
        long unmatched = responsible.stream().filter(r -> !r.bpinMatches()).count();
        if (unmatched > 0) {
            log.warn("{} metas de la demostración no coinciden por BPIN con el libro de Tenjo", unmatched);
        }
        String top = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        return offices.get(top);
    }

    private void createUsers(UUID org, Office busiest) {
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), "demo", "Carga", org, Set.of(Role.ADMIN), Set.of());
        Map<String, Role> demo = new LinkedHashMap<>();
        demo.put("admin", Role.ADMIN);
        demo.put("planeacion", Role.PLANEACION);
        demo.put("lider", Role.LIDER);
        demo.put("enlace", Role.ENLACE);
        demo.put("hacienda", Role.HACIENDA);
        demo.put("despacho", Role.DESPACHO);
        demo.put("control", Role.CONTROL);
        for (var e : demo.entrySet()) {
            if (users.exists(e.getKey())) continue;
            Set<UUID> offices = e.getValue().officeScoped() ? Set.of(busiest.id()) : Set.of();
            users.create(
                    org,
                    new UserCommand(
                            e.getKey(),
                            e.getValue().label(),
                            e.getKey() + "@tenjo.demo.rumbo.co",
                            Set.of(e.getValue()),
                            offices,
                            true,
                            password),
                    admin);
        }
    }

    /** "Sec. Infraestructura y Obra Pública" → "SIOP-1": initials, made unique by the sequence. */
    static String codeFor(String name, int sequence) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z ]", " ")
                .trim();
        StringBuilder initials = new StringBuilder();
        for (String word : ascii.split("\\s+")) {
            if (word.length() > 2 || (!word.isEmpty() && Character.isUpperCase(word.charAt(0)))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        String code = initials.isEmpty() ? "DEP" : initials.substring(0, Math.min(12, initials.length()));
        return code + "-" + sequence;
    }

    private static String expand(String name) {
        return name.replaceFirst("^Sec\\.?\\s", "Secretaría ");
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
