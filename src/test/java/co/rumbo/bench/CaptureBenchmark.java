package co.rumbo.bench;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.UserCommand;
import co.rumbo.identity.Users;
import co.rumbo.organization.Office;
import co.rumbo.organization.OfficeCommand;
import co.rumbo.organization.OfficeKind;
import co.rumbo.organization.Organization;
import co.rumbo.organization.OrganizationKind;
import co.rumbo.organization.Organizations;
import co.rumbo.planning.ActionPlanSummary;
import co.rumbo.planning.ActionPlans;
import co.rumbo.planning.Approval;
import co.rumbo.planning.BudgetCeilings;
import co.rumbo.planning.BudgetLine;
import co.rumbo.planning.CeilingLine;
import co.rumbo.planning.Formulations;
import co.rumbo.planning.GoalDecision;
import co.rumbo.planning.PlanGoal;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.structure.BudgetKind;
import co.rumbo.structure.GoalEditor;
import co.rumbo.structure.GoalFilter;
import co.rumbo.structure.GoalSummary;
import co.rumbo.structure.PlanContent;
import co.rumbo.structure.PlanLayout;
import co.rumbo.structure.PlanStore;
import co.rumbo.structure.Plans;
import co.rumbo.tracking.CapturePeriods;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code bench/capture}'s Rumbo: starts the application on a port (its own embedded PostgreSQL),
 * creates the organization the load needs through the modules' faces — a plan of {@code
 * -Dbench.goals} goals (default 1,000) over 40 offices, each office's action plan of the current year
 * approved, a leader per office, the current month open for capture — and then either drives it
 * itself ({@link CaptureLoad}, same JVM) or, with {@code -Dbench.serve=FILE}, writes the target file for
 * a separate load process and keeps serving until {@code -Dbench.stop} appears. Tagged "bench": never
 * part of a normal test run.
 */
@Tag("bench")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rumbo.embedded-db.data-dir=target/bench-capture-postgres", "logging.level.co.rumbo=WARN"})
class CaptureBenchmark {

    static final int OFFICES = 40;
    static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    @LocalServerPort
    int port;

    @Autowired
    Organizations organizations;

    @Autowired
    PlanStore planStore;

    @Autowired
    Plans plans;

    @Autowired
    GoalEditor goalEditor;

    @Autowired
    Users users;

    @Autowired
    Formulations formulations;

    @Autowired
    BudgetCeilings ceilings;

    @Autowired
    ActionPlans actionPlans;

    @Autowired
    CapturePeriods periods;

    @Autowired
    @Qualifier("migrationDataSource")
    DataSource ownerDataSource;

    @Test
    void capture() throws Exception {
        int goals = Integer.getInteger("bench.goals", 1000);
        long t0 = System.nanoTime();
        CaptureLoad.Target target = seed(goals);
        // As the owner (the application's role may not vacuum): fresh statistics, as autovacuum would leave them.
        JdbcClient.create(ownerDataSource).sql("vacuum analyze").update();
        print("seeded goals=%d offices=%d period=%s in_s=%.1f port=%d"
                .formatted(goals, OFFICES, target.period(), (System.nanoTime() - t0) / 1e9, port));
        String serve = System.getProperty("bench.serve");
        if (serve != null && !serve.isBlank()) {
            serve(target, Path.of(serve));
            return;
        }
        int users = Integer.getInteger("bench.users", OFFICES);
        int rounds = Integer.getInteger("bench.rounds", 10);
        CaptureLoad.Result r =
                new CaptureLoad(target, users, rounds, Integer.getInteger("bench.warmup", 1)).run(System.out::println);
        print("machine: cores=%d load_average=%s (the load and the server share these cores)"
                .formatted(Runtime.getRuntime().availableProcessors(), loadAverage()));
        print(r.summary());
    }

    /** Writes the target file and serves until the stop file appears (or an hour passes). */
    private void serve(CaptureLoad.Target target, Path file) throws Exception {
        Path stop = Path.of(System.getProperty("bench.stop", file + ".stop"));
        Files.deleteIfExists(stop);
        target.write(file);
        print("serving " + target.url() + " until " + stop + " exists");
        long until = System.nanoTime() + 3_600_000_000_000L;
        while (!Files.exists(stop) && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        Files.deleteIfExists(stop);
    }

    private CaptureLoad.Target seed(int goalCount) {
        LocalDate today = LocalDate.now(BOGOTA);
        int year = today.getYear();
        Organization org = organizations.create(uniqueDaneCode(), "Municipio de Carga", OrganizationKind.MUNICIPIO);
        UUID planId = planStore.save(org.id(), plan(goalCount)).planId();
        CurrentUser admin = actor(org.id(), Role.ADMIN, Set.of());
        CurrentUser planner = actor(org.id(), Role.PLANEACION, Set.of());
        String password = "carga-" + UUID.randomUUID();

        List<Office> offices = new ArrayList<>();
        for (int i = 1; i <= OFFICES; i++) {
            offices.add(organizations.createOffice(
                    org.id(),
                    new OfficeCommand("DEP-" + i, "Dependencia %02d".formatted(i), OfficeKind.SECRETARIA, true)));
        }
        List<GoalSummary> goals = plans.goals(org.id(), planId, GoalFilter.NONE);
        for (int i = 0; i < goals.size(); i++) {
            goalEditor.assignOffice(
                    org.id(),
                    planId,
                    goals.get(i).sisptCode(),
                    offices.get(i % OFFICES).id());
        }
        String suffix = org.daneCode();
        String plannerName = "carga-planeacion-" + suffix;
        users.create(
                org.id(),
                new UserCommand(plannerName, "Planeación", null, Set.of(Role.PLANEACION), Set.of(), true, password),
                admin);
        List<CaptureLoad.Writer> writers = new ArrayList<>();
        for (Office office : offices) {
            String name = "carga-lider-" + office.code().toLowerCase() + "-" + suffix;
            users.create(
                    org.id(),
                    new UserCommand(
                            name,
                            "Líder " + office.name(),
                            null,
                            Set.of(Role.LIDER),
                            Set.of(office.id()),
                            true,
                            password),
                    admin);
            writers.add(new CaptureLoad.Writer(office.id().toString(), name));
        }

        // The year's action plans, approved the way the planning office approves them.
        LocalDate deadline = today.minusDays(1);
        if (deadline.getYear() == year) {
            formulations.recordPast(planner, year, deadline);
        } else {
            formulations.open(planner, year, today);
        }
        Map<String, BigDecimal> money = new LinkedHashMap<>();
        List<UUID> planIds = new ArrayList<>();
        Map<UUID, CurrentUser> leaders = new LinkedHashMap<>();
        for (Office office : offices) {
            CurrentUser leader = actor(org.id(), Role.LIDER, Set.of(office.id()));
            ActionPlanSummary plan = actionPlans.create(leader, office.id(), year);
            planIds.add(plan.id());
            leaders.put(plan.id(), leader);
            for (PlanGoal g : actionPlans.view(leader, plan.id()).goals()) {
                BigDecimal t = g.indicativeTarget();
                List<BigDecimal> quarters = ProgrammingType.valueOf(g.programmingType()) == ProgrammingType.SUMA
                        ? List.of(
                                t.divide(BigDecimal.valueOf(4)),
                                t.divide(BigDecimal.valueOf(4)),
                                t.divide(BigDecimal.valueOf(4)),
                                t.divide(BigDecimal.valueOf(4)))
                        : List.of(t, t, t, t);
                BudgetLine line = new BudgetLine(bpin(g.sisptCode()), "RECURSOS_PROPIOS", g.indicativeCost());
                money.merge(office.id() + "|" + g.programCode(), line.amount(), BigDecimal::add);
                actionPlans.decide(leader, plan.id(), new GoalDecision(g.goalId(), t, quarters, List.of(line), null));
            }
        }
        List<CeilingLine> lines = new ArrayList<>();
        money.forEach((k, amount) -> {
            String[] key = k.split("\\|");
            lines.add(new CeilingLine(UUID.fromString(key[0]), key[1], "RECURSOS_PROPIOS", amount));
        });
        ceilings.replace(actor(org.id(), Role.HACIENDA, Set.of()), year, lines);
        for (UUID id : planIds) {
            actionPlans.submit(leaders.get(id), id, null);
            actionPlans.review(planner, id, null);
        }
        actionPlans.approveAll(
                actor(org.id(), Role.DESPACHO, Set.of()),
                planIds,
                new Approval(today.withDayOfYear(1), "Acta de carga"));

        Period period = Period.ofMonth(year, today.getMonthValue());
        periods.open(planner, period);
        return new CaptureLoad.Target("http://localhost:" + port, period.toString(), password, plannerName, writers);
    }

    /** SUMA goals (targets 8 a year, 2 a quarter) and level goals (100), 4 years, 1,000,000 a year each. */
    private static PlanContent plan(int goals) {
        ProgrammingType[] types = {
            ProgrammingType.SUMA,
            ProgrammingType.SUMA,
            ProgrammingType.SUMA,
            ProgrammingType.CONSTANTE,
            ProgrammingType.CRECIENTE
        };
        List<PlanContent.Goal> content = new ArrayList<>(goals);
        for (int i = 0; i < goals; i++) {
            ProgrammingType type = types[i % types.length];
            int sector = 10 + (i / 7) % 20;
            String program = sector + "%02d".formatted((i / 3) % 4 + 1);
            List<PlanContent.PeriodTarget> targets = new ArrayList<>();
            List<PlanContent.Cost> costs = new ArrayList<>();
            for (int y = 2024; y <= 2027; y++) {
                targets.add(new PlanContent.PeriodTarget(
                        Integer.toString(y), BigDecimal.valueOf(type == ProgrammingType.SUMA ? 8 : 100), null));
                costs.add(new PlanContent.Cost(Integer.toString(y), "RECURSOS_PROPIOS", BigDecimal.valueOf(1_000_000)));
            }
            String line = "LE-" + (1 + i % 6);
            content.add(new PlanContent.Goal(
                    BudgetKind.ORDINARIO,
                    "IP-" + (i + 1),
                    line,
                    List.of(line),
                    Integer.toString(sector),
                    "Sector " + sector,
                    program,
                    "Programa " + program,
                    program + "001",
                    "Producto " + i,
                    program + "00100",
                    "Indicador de la meta " + (i + 1),
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
                    targets,
                    costs,
                    List.of(bpin("IP-" + (i + 1)))));
        }
        List<PlanContent.Line> lines = new ArrayList<>();
        for (int l = 1; l <= 6; l++) {
            lines.add(new PlanContent.Line("LE-" + l, "Línea estratégica " + l));
        }
        return new PlanContent(
                "Plan de carga", 2024, 2027, null, PlanLayout.MUNICIPAL, lines, List.of(), content, List.of());
    }

    private static String bpin(String sisptCode) {
        return "2024" + "%09d".formatted(Integer.parseInt(sisptCode.replaceAll("\\D", "")));
    }

    private static CurrentUser actor(UUID org, Role role, Set<UUID> offices) {
        return new CurrentUser(UUID.randomUUID(), "carga", "Carga", org, Set.of(role), offices);
    }

    private static String uniqueDaneCode() {
        return Integer.toString(90_000 + ThreadLocalRandom.current().nextInt(9_999));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static void print(String line) {
        System.out.println("bench: " + line);
        System.out.flush();
    }
}
