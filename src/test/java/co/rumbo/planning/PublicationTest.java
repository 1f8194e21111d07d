package co.rumbo.planning;

import static co.rumbo.planning.PlanningFixture.YEAR;
import static co.rumbo.planning.PlanningFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.rumbo.platform.web.Formats;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Publishing the consolidated action plan: a frozen snapshot with its SHA-256, new versions beside old ones. */
@RumboIntegrationTest
class PublicationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    PlanningFixture f;

    @BeforeEach
    void organizationWithTwoOffices() {
        f = new PlanningFixture(port, data, goals);
    }

    private static final String PUBLICATIONS = "/api/v1/fiscal-years/" + YEAR + "/publications";

    private void approvedPlanA() {
        UUID id = f.reviewedPlanA();
        require(
                f.mayor.post(
                        "/api/v1/action-plans/" + id + "/approve",
                        "{\"approvedOn\":\"%s\",\"minutesReference\":\"Acta 9\"}"
                                .formatted(LocalDate.now(Formats.BOGOTA))),
                200);
    }

    @Test
    void nothingIsPublishedBeforeAPlanIsApproved() {
        f.openFormulation();

        Answer a = f.planner.post(PUBLICATIONS, "{}");

        assertThat(a.status()).as("%s", a).isEqualTo(409);
        assertThat(a.<String>json("$.detail")).contains("aprobados");
    }

    @Test
    void thePublishedFilesAreKeptWithTheirSha256() {
        approvedPlanA();

        Answer published = f.planner.post(PUBLICATIONS, "{}");

        assertThat(published.status()).as("%s", published).isEqualTo(201);
        assertThat(published.<Integer>json("$.version")).isEqualTo(1);
        byte[] xlsx = f.control.bytes(PUBLICATIONS + "/1.xlsx");
        byte[] pdf = f.control.bytes(PUBLICATIONS + "/1.pdf");
        assertThat(Publications.sha256(xlsx)).isEqualTo(published.json("$.xlsxSha256"));
        assertThat(Publications.sha256(pdf)).isEqualTo(published.json("$.pdfSha256"));
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(new BigDecimalOf(published.json("$.total")).value()).isEqualByComparingTo("1100000.25");
    }

    @Test
    void publishingAgainWithoutChangesIsRefusedAndAChangeMakesANewVersionBesideTheOld() {
        approvedPlanA();
        require(f.planner.post(PUBLICATIONS, "{}"), 201);
        String first = f.planner.get(PUBLICATIONS).json("$[0].xlsxSha256");

        assertThat(f.planner.post(PUBLICATIONS, "{}").status()).isEqualTo(409);

        // Office B's plan is approved later: the consolidated plan changes.
        f.treasury.put("/api/v1/fiscal-years/" + YEAR + "/ceilings", """
                [{"officeId":"%s","programCode":"2201","source":"RECURSOS_PROPIOS","amount":1000000},
                 {"officeId":"%s","programCode":"1903","source":"SGP_SALUD","amount":500000},
                 {"officeId":"%s","programCode":"4003","source":"SGP_APSB","amount":900000}]""".formatted(
                        f.officeA.id(), f.officeA.id(), f.officeB.id()));
        String planB = require(
                        f.leaderB.post(
                                "/api/v1/action-plans",
                                "{\"officeId\":\"%s\",\"year\":%d}".formatted(f.officeB.id(), YEAR)),
                        201)
                .json("$.id");
        require(
                f.leaderB.post(
                        "/api/v1/action-plans/" + planB + "/goals",
                        "{\"goalId\":\"%s\",\"target\":80,\"quarters\":[70,72,76,80]}".formatted(f.growingGoal)),
                201);
        require(f.leaderB.post("/api/v1/action-plans/" + planB + "/submit", "{}"), 200);
        require(f.planner.post("/api/v1/action-plans/" + planB + "/review", "{}"), 200);
        require(
                f.planner.post(
                        "/api/v1/action-plans/" + planB + "/approve",
                        "{\"approvedOn\":\"%s\",\"minutesReference\":\"Acta 10\"}"
                                .formatted(LocalDate.now(Formats.BOGOTA))),
                200);

        Answer second = f.planner.post(PUBLICATIONS, "{}");

        assertThat(second.status()).as("%s", second).isEqualTo(201);
        assertThat(second.<Integer>json("$.version")).isEqualTo(2);
        assertThat(second.<Integer>json("$.plans")).isEqualTo(2);
        assertThat(f.planner.get(PUBLICATIONS).<String>json("$[0].xlsxSha256")).isEqualTo(first);
        assertThat(Publications.sha256(f.planner.bytes(PUBLICATIONS + "/1.xlsx")))
                .isEqualTo(first);
    }

    @Test
    void aPublicationCannotBeChangedOrDeletedEvenInTheDatabase() {
        approvedPlanA();
        require(f.planner.post(PUBLICATIONS, "{}"), 201);

        assertThatThrownBy(() -> jdbc.sql("update action_plan_publication set total = 0 where organization_id = ?")
                        .param(f.org.id())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("no se cambia ni se borra");
        assertThatThrownBy(() -> jdbc.sql("delete from action_plan_publication where organization_id = ?")
                        .param(f.org.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void onlyThePlanningOfficePublishes() {
        approvedPlanA();

        assertThat(f.leaderA.post(PUBLICATIONS, "{}").status()).isEqualTo(403);
        assertThat(f.mayor.post(PUBLICATIONS, "{}").status()).isEqualTo(403);
    }

    @Autowired
    Publications publications;

    @Test
    void fromTheFifteenthOfJanuaryTheDashboardIsWarnedWhileTheYearsPlanIsUnpublished() {
        assertThat(publications.unpublishedWarning(f.org.id(), LocalDate.of(YEAR, 1, 14)))
                .isEmpty();
        assertThat(publications.unpublishedWarning(f.org.id(), LocalDate.of(YEAR, 1, 15)))
                .hasValueSatisfying(w -> assertThat(w).contains("2027").contains("31 de enero"));
        assertThat(publications.unpublishedWarning(f.org.id(), LocalDate.of(YEAR, 2, 1)))
                .hasValueSatisfying(w -> assertThat(w).contains("venció"));
    }

    @Test
    void onceThePlanIsPublishedTheWarningGoes() {
        // The snapshot of the plan of YEAR is what counts for YEAR's warning.
        approvedPlanA();
        require(f.planner.post(PUBLICATIONS, "{}"), 201);

        assertThat(publications.unpublishedWarning(f.org.id(), LocalDate.of(YEAR, 1, 20)))
                .isEmpty();
    }

    record BigDecimalOf(Object raw) {
        java.math.BigDecimal value() {
            return new java.math.BigDecimal(raw.toString());
        }
    }
}
