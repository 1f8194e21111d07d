package co.rumbo.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load of {@code bench/capture}: drives the capture API of a running Rumbo over HTTP, as the
 * offices do in the last hour before a deadline. Each of C users (one per office, HTTP Basic) reads its
 * office's sheet, saves every row R times (each save with the version the last one returned, a new
 * executed value and a description), then submits the sheet; nobody waits between requests (a closed
 * loop: the worst case, not a typical hour). Afterwards every sheet is read back and each row's stored
 * value compared with the last value the server acknowledged for it: a difference is a lost update.
 *
 * <p>The organization (plan, offices, approved action plans, users, an open period) must exist; it is
 * described by a target file ({@code url}, {@code period}, {@code password}, {@code planner},
 * {@code office.N=officeId,username}), which {@link CaptureBenchmark} writes after seeding. Plain JDK
 * (java.net.http, a fixed thread pool) and Jackson; no Spring.
 *
 * <p>Prints a few lines, the last one {@code saves_per_s=… save_p95_ms=… errors=… lost_updates=…}.
 */
public final class CaptureLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who writes which office's sheet. */
    public record Writer(String officeId, String username) {}

    /** What to drive. */
    public record Target(String url, String period, String password, String planner, List<Writer> writers) {

        public static Target read(Path file) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Writer> writers = new ArrayList<>();
            for (int i = 0; p.containsKey("office." + i); i++) {
                String[] v = p.getProperty("office." + i).split(",");
                writers.add(new Writer(v[0], v[1]));
            }
            return new Target(
                    p.getProperty("url"),
                    p.getProperty("period"),
                    p.getProperty("password"),
                    p.getProperty("planner"),
                    writers);
        }

        public void write(Path file) {
            StringBuilder s = new StringBuilder("# bench/capture target: a Rumbo with the bench organization\n");
            s.append("url=").append(url).append('\n');
            s.append("period=").append(period).append('\n');
            s.append("password=").append(password).append('\n');
            s.append("planner=").append(planner).append('\n');
            for (int i = 0; i < writers.size(); i++) {
                s.append("office.")
                        .append(i)
                        .append('=')
                        .append(writers.get(i).officeId())
                        .append(',')
                        .append(writers.get(i).username())
                        .append('\n');
            }
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.writeString(tmp, s);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Target withUrl(String other) {
            return new Target(other, period, password, planner, writers);
        }
    }

    /** The run's figures. */
    public record Result(
            int users,
            int saves,
            int submits,
            double seconds,
            double savesPerSecond,
            double p50,
            double p95,
            double p99,
            double max,
            int errors,
            int lostUpdates,
            Map<String, Integer> errorKinds) {

        public String summary() {
            return "saves_per_s=%.1f save_p95_ms=%.1f errors=%d lost_updates=%d"
                    .formatted(savesPerSecond, p95, errors, lostUpdates);
        }
    }

    private final Target target;
    private final int users;
    private final int rounds;
    private final int warmupRounds;
    private final Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
    private final AtomicInteger errors = new AtomicInteger();
    /**
     * One client for all the users (it keeps a connection per request in flight, as browsers would each
     * keep theirs): one client per user meant 40 selector threads competing for the 2 cores the server
     * under test needs.
     */
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public CaptureLoad(Target target, int users, int rounds, int warmupRounds) {
        if (users < 1 || users > target.writers().size()) {
            throw new IllegalArgumentException(
                    "users must be 1.." + target.writers().size()
                            + " (one per office: two users on one sheet would overwrite each other on purpose)");
        }
        this.target = target;
        this.users = users;
        this.rounds = rounds;
        this.warmupRounds = warmupRounds;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Target target = Target.read(Path.of(a.getOrDefault("target", "bench/out/capture-target.properties")));
        if (a.containsKey("url")) {
            target = target.withUrl(a.get("url"));
        }
        int users = Integer.parseInt(a.getOrDefault("users", "40"));
        int rounds = Integer.parseInt(a.getOrDefault("rounds", "10"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "1"));
        Result r = new CaptureLoad(target, users, rounds, warmup).run(System.out::println);
        System.out.println(r.summary());
        System.exit(0);
    }

    /** Runs the load and the check; {@code log} gets the detail lines. */
    public Result run(java.util.function.Consumer<String> log) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<OfficeLoad> loads = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                loads.add(new OfficeLoad(target.writers().get(i)));
            }
            for (OfficeLoad l : loads) l.readSheet();
            log.accept("bench: users=%d rows=%d rounds=%d warmup_rounds=%d url=%s period=%s"
                    .formatted(
                            users,
                            loads.stream().mapToInt(l -> l.rows.size()).sum(),
                            rounds,
                            warmupRounds,
                            target.url(),
                            target.period()));
            // Warm-up: the server's JIT and pools, not measured.
            runAll(pool, loads, l -> l.saveRounds(warmupRounds, false));
            errorsBefore = errors.get();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (OfficeLoad l : loads) {
                futures.add(pool.submit(() -> {
                    start.await();
                    l.saveRounds(rounds, true);
                    l.submit();
                    return null;
                }));
            }
            long t0 = System.nanoTime();
            start.countDown();
            for (Future<?> f : futures) f.get();
            double seconds = (System.nanoTime() - t0) / 1e9;

            int lost = 0;
            for (OfficeLoad l : loads) lost += l.lostUpdates();
            double[] latencies = loads.stream()
                    .flatMapToDouble(l -> l.latencies.stream().mapToDouble(Double::doubleValue))
                    .sorted()
                    .toArray();
            int saves = latencies.length;
            int submits = (int) loads.stream().filter(l -> l.submitted).count();
            Result r = new Result(
                    users,
                    saves,
                    submits,
                    seconds,
                    saves / seconds,
                    percentile(latencies, 50),
                    percentile(latencies, 95),
                    percentile(latencies, 99),
                    latencies.length == 0 ? 0 : latencies[latencies.length - 1],
                    errors.get(),
                    lost,
                    Map.copyOf(errorKinds));
            log.accept("bench: saves=%d submits=%d/%d seconds=%.1f save_p50_ms=%.1f save_p99_ms=%.1f save_max_ms=%.1f"
                    .formatted(saves, submits, users, seconds, r.p50(), r.p99(), r.max()));
            if (!errorKinds.isEmpty()) {
                log.accept("bench: errors by kind " + errorKinds + " (of which in the warm-up: " + errorsBefore + ")");
            }
            return r;
        } finally {
            pool.shutdownNow();
        }
    }

    private int errorsBefore;

    private interface Work {
        void run(OfficeLoad l) throws Exception;
    }

    private static void runAll(ExecutorService pool, List<OfficeLoad> loads, Work work) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (OfficeLoad l : loads) {
            futures.add(pool.submit(() -> {
                work.run(l);
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
    }

    /** One office's user and its sheet. */
    private final class OfficeLoad {
        final Writer writer;
        final String auth;
        final List<String> rows = new ArrayList<>();
        final Map<String, Integer> versions = new LinkedHashMap<>();
        final Map<String, BigDecimal> acknowledged = new LinkedHashMap<>();
        final List<Double> latencies = new ArrayList<>();
        int sheetVersion = -1;
        int written;
        boolean submitted;

        OfficeLoad(Writer writer) {
            this.writer = writer;
            this.auth = basic(writer.username());
        }

        String sheetPath() {
            return "/api/v1/offices/" + writer.officeId() + "/reports/" + target.period();
        }

        void readSheet() throws Exception {
            HttpResponse<String> r = send("GET", sheetPath(), null, auth);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(
                        "GET " + sheetPath() + " as " + writer.username() + ": " + r.statusCode() + " " + r.body());
            }
            JsonNode sheet = JSON.readTree(r.body());
            sheetVersion = sheet.path("version").asInt(-1);
            for (JsonNode row : sheet.path("rows")) {
                String goal = row.path("goalId").asText();
                rows.add(goal);
                versions.put(goal, row.path("version").asInt());
            }
            if (rows.isEmpty()) {
                throw new IllegalStateException("The sheet of office " + writer.officeId() + " has no rows");
            }
        }

        void saveRounds(int count, boolean measured) throws Exception {
            for (int round = 0; round < count; round++) {
                for (String goal : rows) {
                    written++;
                    BigDecimal value = BigDecimal.valueOf(written).movePointLeft(1);
                    ObjectNode body = JSON.createObjectNode();
                    body.put("executed", value);
                    body.put("description", "Avance registrado por la prueba de carga, escritura " + written + ".");
                    body.put("version", versions.get(goal));
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = send("PUT", sheetPath() + "/goals/" + goal, body.toString(), auth);
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (r.statusCode() == 200) {
                        if (measured) latencies.add(ms);
                        JsonNode saved = JSON.readTree(r.body());
                        JsonNode row = saved.has("row") ? saved.path("row") : saved;
                        versions.put(goal, row.path("version").asInt());
                        acknowledged.put(goal, value);
                    } else {
                        error("save " + (r instanceof Failed f ? f.kind() : r.statusCode()));
                        if (r.statusCode() == 409) {
                            readSheetVersions();
                        }
                    }
                }
            }
        }

        void readSheetVersions() throws Exception {
            HttpResponse<String> r = send("GET", sheetPath(), null, auth);
            if (r.statusCode() != 200) return;
            JsonNode sheet = JSON.readTree(r.body());
            sheetVersion = sheet.path("version").asInt(-1);
            for (JsonNode row : sheet.path("rows")) {
                versions.put(row.path("goalId").asText(), row.path("version").asInt());
            }
        }

        void submit() throws Exception {
            HttpResponse<String> r = send("POST", sheetPath() + "/submit", "{}", auth);
            if (r.statusCode() == 200) {
                submitted = true;
            } else {
                error("submit " + r.statusCode());
            }
        }

        int lostUpdates() throws Exception {
            HttpResponse<String> r = send("GET", sheetPath(), null, basic(target.planner()));
            if (r.statusCode() != 200) {
                error("read back " + r.statusCode());
                return acknowledged.size();
            }
            int lost = 0;
            for (JsonNode row : JSON.readTree(r.body()).path("rows")) {
                BigDecimal expected = acknowledged.get(row.path("goalId").asText());
                if (expected == null) continue;
                JsonNode stored = row.path("executed");
                if (stored.isNull()
                        || stored.isMissingNode()
                        || stored.decimalValue().compareTo(expected) != 0) {
                    lost++;
                }
            }
            return lost;
        }

        HttpResponse<String> send(String method, String path, String body, String authorization) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target.url() + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization)
                    .header("Accept", "application/json");
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            }
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new Failed(e.getClass().getSimpleName());
            }
        }
    }

    /** A request that got no answer (connection refused, reset, timed out): counted as an error. */
    private record Failed(String kind) implements HttpResponse<String> {
        public int statusCode() {
            return 0;
        }

        public HttpRequest request() {
            return null;
        }

        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        public java.net.http.HttpHeaders headers() {
            return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
        }

        public String body() {
            return kind;
        }

        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        public URI uri() {
            return null;
        }

        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    private void error(String kind) {
        errors.incrementAndGet();
        errorKinds.merge(kind, 1, Integer::sum);
    }

    private String basic(String username) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((username + ":" + target.password()).getBytes(StandardCharsets.UTF_8));
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int percentile) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    static double[] sorted(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }
}
