package co.rumbo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.rumbo.dashboard.internal.DashboardCache;
import co.rumbo.identity.Role;
import co.rumbo.organization.Organization;
import co.rumbo.organization.OrganizationKind;
import co.rumbo.organization.Organizations;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.structure.BudgetKind;
import co.rumbo.structure.PlanContent;
import co.rumbo.structure.PlanLayout;
import co.rumbo.structure.PlanStore;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code bench/dashboard}: an organization with {@code -Dbench.goals} goals (default 1,000) over 40
 * offices and four years of monthly values; the tablero of the whole plan at a cut against a plain SQL
 * aggregate that reads the same value rows once. Prints lines starting with "bench: ", the last one
 * {@code dashboard_p50_ms=… dashboard_p95_ms=… raw_sql_p50_ms=… ratio=…}. Tagged "bench": never part
 * of a normal test run.
 */
@Tag("bench")
@SpringBootTest
// The default MockMvc keeps every response's text to print it if the test fails: 1 MB per request here.
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class DashboardBenchmark {

    private static final YearMonth CUT = YearMonth.of(2025, 9);
    private static final int OFFICES = 40;
    private static final int WARM_RUNS = 30;
    private static final ProgrammingType[] TYPES = {
        ProgrammingType.SUMA,
        ProgrammingType.SUMA,
        ProgrammingType.SUMA,
        ProgrammingType.SUMA,
        ProgrammingType.SUMA,
        ProgrammingType.SUMA,
        ProgrammingType.CONSTANTE,
        ProgrammingType.CONSTANTE,
        ProgrammingType.CRECIENTE,
        ProgrammingType.DECRECIENTE
    };

    @Autowired
    Dashboards dashboards;

    @Autowired
    DashboardCache cache;

    @Autowired
    Organizations organizations;

    @Autowired
    PlanStore planStore;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("migrationDataSource")
    DataSource ownerDataSource;

    @Test
    void dashboardAgainstAPlainAggregate() throws Exception {
        int goals = Integer.getInteger("bench.goals", 1000);
        long started = System.nanoTime();
        Organization org =
                organizations.create(HandMadePlan.uniqueDaneCode(), "Municipio de Carga", OrganizationKind.MUNICIPIO);
        UUID plan = generate(org.id(), goals);
        long values = jdbc.sql("select count(*) from goal_value where organization_id = ?")
                .param(org.id())
                .query(Long.class)
                .single();
        // As the owner (the application's role may not vacuum): fresh statistics, as autovacuum would leave them.
        JdbcClient.create(ownerDataSource).sql("vacuum analyze").update();
        print("goals=%d offices=%d values=%d cut=%s generated_in_s=%.1f"
                .formatted(goals, OFFICES, values, CUT, (System.nanoTime() - started) / 1e9));

        Dashboard first = dashboards.dashboard(org.id(), plan, CUT);
        assertThat(first.goals()).hasSize(goals);
        assertThat(first.problems()).isEmpty();
        print("states=" + first.figures().stateCounts() + " plan_progress_to_cut="
                + first.figures().progressToCut());

        String raw = "select goal_id, sum(executed) from goal_value where organization_id = ? group by goal_id";
        Supplier<Object> rawSql = () -> jdbc.sql(raw).param(org.id()).query().listOfRows();
        Supplier<Object> uncached = () -> {
            cache.clear();
            return dashboards.dashboard(org.id(), plan, CUT);
        };
        Supplier<Object> cached = () -> dashboards.dashboard(org.id(), plan, CUT);
        Supplier<Object> api = () -> {
            try {
                return mvc.perform(get("/api/v1/plans/{id}/dashboard", plan)
                                .param("cut", CUT.toString())
                                .with(TestUsers.as(org.id(), Role.PLANEACION)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()
                        .length;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        // Warm the JIT and the database's caches for every path before measuring any.
        for (int i = 0; i < 5; i++) {
            rawSql.get();
            uncached.get();
            cached.get();
            api.get();
        }
        double[] rawTimes = time(rawSql, WARM_RUNS);
        double[] uncachedTimes = time(uncached, Math.max(10, WARM_RUNS / 2));
        double[] facadeTimes = time(cached, WARM_RUNS);
        double[] apiTimes = time(api, WARM_RUNS);
        print(
                "dashboard_uncached_p50_ms=%.2f dashboard_uncached_p95_ms=%.2f (after a change: read model + engine + roll-ups)"
                        .formatted(percentile(uncachedTimes, 50), percentile(uncachedTimes, 95)));
        print(
                "api_p50_ms=%.2f api_p95_ms=%.2f (GET /api/v1/plans/{id}/dashboard through MockMvc: security, JSON of %d bytes)"
                        .formatted(percentile(apiTimes, 50), percentile(apiTimes, 95), (Integer) api.get()));
        print("machine: cores=%d load_average=%s (other processes share these cores)"
                .formatted(Runtime.getRuntime().availableProcessors(), loadAverage()));
        // The headline: the whole tablero at a cut as every page, export and the API get it
        // (Dashboards.dashboard), against the plain aggregate; both read through JdbcClient in this JVM.
        double dashboardP50 = percentile(facadeTimes, 50);
        double rawP50 = percentile(rawTimes, 50);
        print("dashboard_p50_ms=%.2f dashboard_p95_ms=%.2f raw_sql_p50_ms=%.2f ratio=%.3f"
                .formatted(dashboardP50, percentile(facadeTimes, 95), rawP50, dashboardP50 / rawP50));
    }

    private UUID generate(UUID org, int goals) {
        List<PlanContent.Goal> content = new ArrayList<>(goals);
        for (int i = 0; i < goals; i++) {
            ProgrammingType type = TYPES[i % TYPES.length];
            int sector = 10 + (i / 7) % 20;
            String program = sector + "%02d".formatted((i / 3) % 4 + 1);
            List<PlanContent.PeriodTarget> targets = new ArrayList<>();
            List<PlanContent.Cost> costs = new ArrayList<>();
            for (int y = 0; y < 4; y++) {
                targets.add(new PlanContent.PeriodTarget(Integer.toString(2024 + y), target(type, y), null));
                costs.add(new PlanContent.Cost(
                        Integer.toString(2024 + y), "RECURSOS_PROPIOS", BigDecimal.valueOf(1_000_000L * (1 + i % 5))));
            }
            String line = "LE-" + (1 + i % 6);
            content.add(new PlanContent.Goal(
                    BudgetKind.ORDINARIO,
                    "IP-" + (i + 1),
                    line,
                    i % 10 == 0 ? List.of(line, "LE-" + (1 + (i + 1) % 6)) : List.of(line),
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
                    List.of()));
        }
        List<PlanContent.Line> lines = new ArrayList<>();
        for (int l = 1; l <= 6; l++) {
            lines.add(new PlanContent.Line("LE-" + l, "Línea estratégica " + l));
        }
        UUID plan = planStore
                .save(
                        org,
                        new PlanContent(
                                "Plan de carga",
                                2024,
                                2027,
                                null,
                                PlanLayout.MUNICIPAL,
                                lines,
                                List.of(),
                                content,
                                List.of()))
                .planId();
        jdbc.sql("""
                        insert into office (organization_id, code, name, kind)
                        select ?, 'OF' || i, 'Dependencia ' || lpad(i::text, 2, '0'), 'SECRETARIA'
                        from generate_series(1, ?) i""").params(org, OFFICES).update();
        jdbc.sql("""
                        update product_goal g set office_id = o.id,
                            baseline = case when g.programming_type in ('CRECIENTE', 'DECRECIENTE') then 50 end,
                            weight = case when g.position % 9 = 0 then 2 end
                        from (select id, row_number() over (order by code) - 1 as n from office where organization_id = ?) o
                        where g.plan_id = ? and o.n = g.position % ?""").params(org, plan, OFFICES).update();
        jdbc.sql("update strategic_line set weight = 1 + position % 3 where plan_id = ?")
                .param(plan)
                .update();
        // Four years of monthly values, consistent with the yearly targets; execution 50 %–150 % of programming.
        jdbc.sql("""
                        insert into goal_value (goal_id, organization_id, period, programmed, executed, source)
                        select g.id, g.organization_id, to_char(make_date(y, m, 1), 'YYYY-MM'), p.programmed,
                               round(p.programmed * (0.5 + (hashtext(g.id::text || y || m) & 1023) / 1023.0), 6), 'CAPTURA'
                        from product_goal g
                        cross join generate_series(2024, 2027) y
                        cross join generate_series(1, 12) m
                        cross join lateral (select case g.programming_type
                                when 'SUMA' then 10
                                when 'CONSTANTE' then 100
                                when 'CRECIENTE' then round(50 + (y - 2024) * 10 + m * 10 / 12.0, 6)
                                else round(50 - (y - 2024) * 5 - m * 5 / 12.0, 6) end as programmed) p
                        where g.plan_id = ?""").param(plan).update();
        // Budget execution every year but for one goal in seven (the "progress without money" alert).
        jdbc.sql("""
                        insert into goal_budget_execution (goal_id, organization_id, year, appropriation, commitments,
                                                           obligations, payments, source)
                        select c.goal_id, c.organization_id, c.period::int, c.amount,
                               round(c.amount * 0.9), round(c.amount * 0.7), round(c.amount * 0.6), 'HACIENDA'
                        from product_goal_cost c join product_goal g on g.id = c.goal_id
                        where g.plan_id = ? and g.position % 7 <> 0""").param(plan).update();
        return plan;
    }

    private static BigDecimal target(ProgrammingType type, int year) {
        return switch (type) {
            case SUMA -> BigDecimal.valueOf(120);
            case CONSTANTE -> BigDecimal.valueOf(100);
            case CRECIENTE -> BigDecimal.valueOf(60 + 10L * year);
            case DECRECIENTE -> BigDecimal.valueOf(45 - 5L * year);
        };
    }

    private static double[] time(Supplier<Object> work, int runs) {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        return millis;
    }

    /** Nearest-rank percentile. */
    private static double percentile(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    java.util.Arrays.copyOf(
                            java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                                    .split(" "),
                            3));
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static void print(String line) {
        System.out.println("bench: " + line);
        System.out.flush();
    }
}
