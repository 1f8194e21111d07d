package co.rumbo.dashboard;

import static co.rumbo.tracking.CaptureFixture.require;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.UserView;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.TestData;
import co.rumbo.tracking.BudgetEntry;
import co.rumbo.tracking.BudgetExecutions;
import co.rumbo.tracking.CaptureFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The capture fixture (sample plan 2024–2027, approved action plans 2026 for offices A and B) with
 * values and budget execution of earlier years, and March 2026 captured and closed: office A reported
 * (with a budget line the treasury then loaded with other figures) and was accepted, office B did not
 * report. People of the mayor's office (DESPACHO) and control with API clients.
 */
final class ReportFixture {

    final CaptureFixture c;
    final Client planner;
    final Client despacho;
    final Client control;
    final Client leaderA;
    final Client leaderB;
    final UserView despachoUser;
    final UUID org;
    final UUID planId;

    ReportFixture(int port, TestData data, GoalEditor goals, JdbcClient jdbc, BudgetExecutions budgets) {
        c = new CaptureFixture(port, data, goals, jdbc);
        org = c.org.id();
        planId = c.plan.id();
        planner = new Client(port, c.planner.username, TestData.PASSWORD);
        leaderA = new Client(port, c.leaderA.username, TestData.PASSWORD);
        leaderB = new Client(port, c.leaderB.username, TestData.PASSWORD);
        despachoUser = data.user(org, Role.DESPACHO);
        despacho = new Client(port, despachoUser.username(), TestData.PASSWORD);
        control = new Client(port, data.user(org, Role.CONTROL).username(), TestData.PASSWORD);

        // Earlier years: values and money, so that progress and execution are not trivial.
        value(jdbc, c.sumaGoal, "2024", "10", "10");
        value(jdbc, c.sumaGoal, "2025", "10", "7");
        value(jdbc, c.constantGoal, "2024", "1", "1");
        value(jdbc, c.growingGoal, "2024", "50", "52");
        value(jdbc, c.growingGoal, "2025", "60", "57");
        budget(jdbc, c.sumaGoal, 2025, "1200000.50", "1000000.25", "900000", "800000.10");
        budget(jdbc, c.sumaGoal, 2026, "700000", "350000.10", "100000", null);
        budget(jdbc, c.constantGoal, 2026, "820000", "0", null, null);
        budget(jdbc, c.growingGoal, 2024, "5500000", "5400000.33", "5000000", "4900000");

        c.open("2026-03");
        require(c.save("2026-03", c.sumaGoal, "1", "Se mejoró una sede de las dos programadas"), 200);
        require(c.save("2026-03", c.constantGoal, "1", null), 200);
        var line = c.liaisonA.put(c.sheetA("2026-03") + "/budget", """
                {"projectBpin":"2024520010001","sourceCode":"RECURSOS_PROPIOS","appropriation":600000,
                 "commitments":250000,"obligations":null,"payments":null,"version":0}""");
        require(line, 200);
        require(c.leaderA.post(c.sheetA("2026-03") + "/submit", "{}"), 200);
        CurrentUser treasury =
                new CurrentUser(UUID.randomUUID(), "hacienda", "Hacienda", org, Set.of(Role.HACIENDA), Set.of());
        budgets.recordFromTreasury(
                treasury,
                Period.parse("2026-03"),
                c.officeA.id(),
                new BudgetEntry(
                        "2024520010001",
                        "RECURSOS_PROPIOS",
                        new BigDecimal("600000"),
                        new BigDecimal("300000.45"),
                        new BigDecimal("100000"),
                        new BigDecimal("50000"),
                        null),
                LocalDate.of(2026, 3, 31));
        require(c.planner.post(c.sheetA("2026-03") + "/accept", "{}"), 200);
        require(c.planner.post("/api/v1/periods/2026-03/close?confirm=true", "{}"), 200);
    }

    private void value(JdbcClient jdbc, UUID goal, String period, String programmed, String executed) {
        jdbc.sql("""
                        insert into goal_value (goal_id, organization_id, period, programmed, executed, source)
                        values (?, ?, ?, ?::numeric, ?::numeric, 'MANUAL')""").params(goal, org, period, programmed, executed).update();
    }

    private void budget(
            JdbcClient jdbc,
            UUID goal,
            int year,
            String appropriation,
            String commitments,
            String obligations,
            String payments) {
        jdbc.sql("""
                        insert into goal_budget_execution (goal_id, organization_id, year, appropriation, commitments,
                                                           obligations, payments)
                        values (?, ?, ?, ?::numeric, ?::numeric, ?::numeric, ?::numeric)""")
                .params(goal, org, year, appropriation, commitments, obligations, payments)
                .update();
    }

    /** TestData gives every user the e-mail {@code <username>@prueba.gov.co}. */
    String leaderBEmail() {
        return c.leaderB.username + "@prueba.gov.co";
    }

    String secondLiaisonAEmail() {
        return c.secondLiaisonA.username + "@prueba.gov.co";
    }

    /** Generates a report through the API; returns its id. */
    String generate(String kind, String period) {
        Answer a = planner.post("/api/v1/reports", "{\"kind\":\"%s\",\"period\":\"%s\"}".formatted(kind, period));
        if (a.status() != 201) {
            throw new IllegalStateException("expected 201: " + a);
        }
        return a.json("$.id");
    }

    /** The rows of a sheet of a workbook. */
    static List<Row> sheet(byte[] xlsx, String name) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.findSheet(name)
                    .orElseThrow(() -> new AssertionError("no sheet " + name))
                    .read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sheetNames(byte[] xlsx) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getSheets().map(Sheet::getName).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column index by header text (first row). */
    static Map<String, Integer> columns(Row header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.getCellCount(); i++) {
            String text = header.getCellText(i);
            if (text != null && !text.isEmpty()) {
                columns.put(text, i);
            }
        }
        return columns;
    }

    /** The JSON API as an integration calls it (HTTP Basic), with downloads as bytes. */
    static final class Client {
        private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();
        private final String base;
        private final String authorization;
        final String username;

        Client(int port, String username, String password) {
            this.base = "http://localhost:" + port;
            this.username = username;
            this.authorization = "Basic "
                    + java.util.Base64.getEncoder()
                            .encodeToString(
                                    (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        Answer get(String path) {
            return send(request(path).GET());
        }

        Answer post(String path, String json) {
            return send(request(path)
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
        }

        /** A download: status and bytes. */
        java.net.http.HttpResponse<byte[]> download(String path) {
            try {
                return HTTP.send(request(path).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        byte[] bytes(String path) {
            java.net.http.HttpResponse<byte[]> r = download(path);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("expected 200 for " + path + ": " + r.statusCode());
            }
            return r.body();
        }

        private java.net.http.HttpRequest.Builder request(String path) {
            return java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                    .timeout(java.time.Duration.ofSeconds(120))
                    .header("Accept", "application/json")
                    .header("Authorization", authorization);
        }

        private static Answer send(java.net.http.HttpRequest.Builder request) {
            try {
                java.net.http.HttpResponse<String> r = HTTP.send(
                        request.build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
                return new Answer(r.statusCode(), r.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
