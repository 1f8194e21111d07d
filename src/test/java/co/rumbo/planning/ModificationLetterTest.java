package co.rumbo.planning;

import static co.rumbo.planning.PlanningFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.platform.web.Formats;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.Browser;
import co.rumbo.support.Form;
import co.rumbo.support.Page;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** The official letter (PDF) of a modification request: uploaded, checked, kept and downloadable. */
@RumboIntegrationTest
class ModificationLetterTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    PlanningFixture f;
    UUID plan;

    @BeforeEach
    void approvedPlanOfOfficeA() {
        f = new PlanningFixture(port, data, goals);
        plan = f.reviewedPlanA();
        require(
                f.mayor.post(
                        "/api/v1/action-plans/" + plan + "/approve",
                        "{\"approvedOn\":\"%s\",\"minutesReference\":\"Acta 4\"}"
                                .formatted(LocalDate.now(Formats.BOGOTA))),
                200);
    }

    private String change() {
        return """
                {"goalId":"%s","target":10,"quarters":[2,3,3,2],
                 "budget":[{"projectBpin":"2024520010001","source":"RECURSOS_PROPIOS","amount":700000}],
                 "justification":"Se reprograma por el invierno","letterReference":"Oficio 2027-015"}""".formatted(f.sumaGoal);
    }

    private String modifications() {
        return "/api/v1/action-plans/" + plan + "/modifications";
    }

    private int count() {
        return jdbc.sql("select count(*) from action_plan_modification where plan_id = ?")
                .param(plan)
                .query(Integer.class)
                .single();
    }

    @Test
    void theRequestAndItsLetterComeTogetherAndWhoeverSeesThePlanDownloadsIt() {
        Answer asked = f.leaderA.postJsonAndFile(modifications(), change(), "oficio-015.pdf", "application/pdf", PDF);

        assertThat(asked.status()).as("%s", asked).isEqualTo(201);
        assertThat(asked.<String>json("$.letterFileName")).isEqualTo("oficio-015.pdf");
        assertThat(asked.<String>json("$.letterReference")).isEqualTo("Oficio 2027-015");
        String letter = modifications() + "/" + asked.json("$.id") + "/letter";
        assertThat(f.leaderA.bytes(letter)).isEqualTo(PDF);
        assertThat(f.planner.bytes(letter)).isEqualTo(PDF);
        assertThat(f.control.bytes(letter)).isEqualTo(PDF);
        assertThat(f.leaderB.status(letter)).isEqualTo(404);
    }

    @Test
    void aLetterThatIsNotAPdfOrTooLargeRefusesTheRequestWhole() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        byte[] large = Arrays.copyOf(PDF, Formulations.MAX_LETTER_BYTES + 1);

        Answer image = f.leaderA.postJsonAndFile(modifications(), change(), "oficio.pdf", "application/pdf", png);
        Answer tooLarge = f.leaderA.postJsonAndFile(modifications(), change(), "oficio.pdf", "application/pdf", large);

        assertThat(image.status()).as("%s", image).isEqualTo(409);
        assertThat(image.<String>json("$.detail")).contains("PDF").contains("PNG");
        assertThat(tooLarge.status()).as("%s", tooLarge).isEqualTo(409);
        assertThat(tooLarge.<String>json("$.detail")).contains("10 MB");
        assertThat(count()).isZero();
    }

    @Test
    void theJsonRequestStillWorksAndTheLetterIsAttachedWhilePending() {
        Answer asked = f.leaderA.post(modifications(), change());
        assertThat(asked.status()).as("%s", asked).isEqualTo(201);
        assertThat(asked.<Object>json("$.letterFileName")).isNull();
        String id = asked.json("$.id");
        String letter = modifications() + "/" + id + "/letter";
        assertThat(f.leaderA.status(letter)).isEqualTo(404);

        assertThat(f.liaisonA
                        .postFile(letter, "oficio.pdf", "application/pdf", PDF)
                        .status())
                .isEqualTo(403);
        Answer attached = f.leaderA.postFile(letter, "oficio.pdf", "application/pdf", PDF);
        assertThat(attached.status()).as("%s", attached).isEqualTo(200);
        assertThat(attached.<String>json("$.letterFileName")).isEqualTo("oficio.pdf");
        assertThat(f.planner.bytes(letter)).isEqualTo(PDF);

        require(f.planner.post(modifications() + "/" + id + "/approve", "{}"), 200);
        Answer afterDecision = f.planner.postFile(letter, "otro.pdf", "application/pdf", PDF);
        assertThat(afterDecision.status()).isEqualTo(409);
        assertThat(afterDecision.<String>json("$.detail")).contains("aprobada");
    }

    @Test
    void theLetterOfAnotherPlansModificationIsNotFoundThroughThisPlan() {
        String id = f.leaderA
                .postJsonAndFile(modifications(), change(), "oficio.pdf", "application/pdf", PDF)
                .json("$.id");

        String elsewhere = "/api/v1/action-plans/" + UUID.randomUUID() + "/modifications/" + id + "/letter";

        assertThat(f.planner.status(elsewhere)).isEqualTo(404);
        assertThat(f.planner
                        .postFile(elsewhere, "x.pdf", "application/pdf", PDF)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void thePageRequiresTheLetterFileAndLinksIt() {
        Browser leader = Browser.loggedIn(port, f.leaderA.username, TestData.PASSWORD);
        String page = "/planes-de-accion/" + plan;
        assertThat(leader.get(page).body()).contains("name=\"letterFile\"").contains("multipart/form-data");
        Form form = Form.of(
                "goalId", f.sumaGoal.toString(),
                "target", "10",
                "q1", "2",
                "q2", "3",
                "q3", "3",
                "q4", "2",
                "justification", "Se reprograma",
                "letterReference", "Oficio 2027-020");

        Page without = leader.postMultipart(page + "/modificaciones", form, "letterFile", "", "application/pdf", null);
        assertThat(without.redirectsTo(page)).as("%s", without).isTrue();
        assertThat(leader.get(page).body()).contains("Adjunte el oficio de la solicitud (PDF).");
        assertThat(count()).isZero();

        Form again = Form.of(
                "goalId", f.sumaGoal.toString(),
                "target", "10",
                "q1", "2",
                "q2", "3",
                "q3", "3",
                "q4", "2",
                "justification", "Se reprograma",
                "letterReference", "Oficio 2027-020");
        Page with = leader.postMultipart(
                page + "/modificaciones", again, "letterFile", "oficio-020.pdf", "application/pdf", PDF);
        assertThat(with.redirectsTo(page)).isTrue();
        String body = leader.get(page).body();
        assertThat(body).contains("Se registró la solicitud de modificación").contains("oficio-020.pdf");
        UUID id = jdbc.sql("select id from action_plan_modification where plan_id = ?")
                .param(plan)
                .query(UUID.class)
                .single();
        assertThat(body).contains(page + "/modificaciones/" + id + "/oficio");
        Browser controlOffice = Browser.loggedIn(port, f.control.username, TestData.PASSWORD);
        Page download = controlOffice.get(page + "/modificaciones/" + id + "/oficio");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).startsWith("%PDF-");
    }
}
