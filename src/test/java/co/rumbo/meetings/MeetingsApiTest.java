package co.rumbo.meetings;

import static co.rumbo.meetings.MeetingsFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.Role;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bilateral meetings through the API: who schedules and records, who sees what, the minutes, the commitments. */
@RumboIntegrationTest
class MeetingsApiTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Bogota"));
    static final LocalDateTime LAST_WEEK = TODAY.minusDays(7).atTime(9, 30);

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    MeetingsFixture f;

    @BeforeEach
    void organizationWithTwoOffices() {
        f = new MeetingsFixture(port, data, goals);
    }

    @Test
    void thePlanningOfficeSchedulesAMeetingWithAttendeesAlertsAndCommitments() {
        ApiClient.Answer created = require(
                f.planner.post(
                        "/api/v1/meetings", """
                        {"officeId":"%s","startsAt":"%s","place":"Salón del Consejo","reportPeriod":"2026-Q2",
                         "alerts":"Meta de cobertura rezagada","alertGoalIds":["%s"],
                         "attendees":[{"name":"Alcalde municipal","role":"Despacho"},
                                      {"userId":"%s","role":"Líder de la dependencia"}]}""".formatted(f.officeA.id(), LAST_WEEK, f.sumaGoal, f.leaderAUser.id())),
                201);
        String id = created.json("$.meeting.id");
        assertThat((String) created.json("$.meeting.state")).isEqualTo("PROGRAMADA");
        assertThat((String) created.json("$.meeting.startsAt")).startsWith(LAST_WEEK.toString());
        assertThat((String) created.json("$.alertGoals[0].label")).startsWith("2201001-1 · ");
        assertThat((List<String>) created.json("$.attendees[*].name"))
                .containsExactly("Alcalde municipal", f.leaderAUser.fullName());

        ApiClient.Answer commitment = require(
                f.planner.post("/api/v1/meetings/" + id + "/commitments", """
                        {"description":"Presentar el plan de choque","responsibleUserId":"%s",
                         "dueDate":"%s","goalId":"%s"}""".formatted(
                                f.leaderAUser.id(), TODAY.plusDays(15), f.sumaGoal)),
                201);
        assertThat((String) commitment.json("$.state")).isEqualTo("PENDIENTE");
        assertThat((String) commitment.json("$.responsibleName")).isEqualTo(f.leaderAUser.fullName());
        assertThat((String) commitment.json("$.responsibleEmail")).isEqualTo(f.leaderAUser.email());
        assertThat((String) commitment.json("$.goalLabel")).startsWith("2201001-1");

        ApiClient.Answer read = require(f.leaderA.get("/api/v1/meetings/" + id), 200);
        assertThat((List<String>) read.json("$.commitments[*].description"))
                .containsExactly("Presentar el plan de choque");
        assertThat((Integer) read.json("$.meeting.pendingCommitments")).isEqualTo(1);
    }

    @Test
    void rulesOfAMeetingAreCheckedOnTheServer() {
        assertThat(f.planner
                        .post("/api/v1/meetings", """
                        {"officeId":"%s","place":"Despacho"}""".formatted(f.officeA.id()))
                        .status())
                .as("no date")
                .isEqualTo(409);
        assertThat(f.planner
                        .post("/api/v1/meetings", """
                        {"officeId":"%s","startsAt":"%s","place":"Despacho","reportPeriod":"2026-T5"}""".formatted(f.officeA.id(), LAST_WEEK))
                        .status())
                .as("a period that is not one")
                .isEqualTo(409);
        UUID otherOrgGoal = data.plan(data.organization().id()).goal("2201001-1");
        assertThat(f.planner
                        .post("/api/v1/meetings", """
                        {"officeId":"%s","startsAt":"%s","place":"Despacho","alertGoalIds":["%s"]}""".formatted(f.officeA.id(), LAST_WEEK, otherOrgGoal))
                        .status())
                .as("a goal of another organization")
                .isEqualTo(409);
        UUID meeting = f.meeting(f.officeA, LAST_WEEK);
        assertThat(f.planner
                        .post("/api/v1/meetings/" + meeting + "/commitments", """
                        {"description":"Algo","responsibleName":"Alguien","dueDate":"%s"}""".formatted(
                                        LAST_WEEK.toLocalDate().minusDays(1)))
                        .status())
                .as("due before the meeting")
                .isEqualTo(409);
        assertThat(f.planner
                        .post("/api/v1/meetings/" + meeting + "/commitments", """
                        {"description":"Algo","dueDate":"%s"}""".formatted(TODAY))
                        .status())
                .as("nobody responsible")
                .isEqualTo(409);
        assertThat(f.planner.post("/api/v1/meetings", "{no es json").status()).isEqualTo(400);
    }

    @Test
    void onlyThePlanningOfficeSchedulesAndRecords() {
        String body = """
                {"officeId":"%s","startsAt":"%s","place":"Despacho"}""".formatted(f.officeA.id(), LAST_WEEK);
        assertThat(f.leaderA.post("/api/v1/meetings", body).status()).isEqualTo(403);
        assertThat(f.control.post("/api/v1/meetings", body).status()).isEqualTo(403);

        UUID meeting = f.meeting(f.officeA, LAST_WEEK);
        String commitment = """
                {"description":"Algo","responsibleName":"Alguien","dueDate":"%s"}""".formatted(TODAY);
        assertThat(f.leaderA
                        .post("/api/v1/meetings/" + meeting + "/commitments", commitment)
                        .status())
                .isEqualTo(403);
        assertThat(f.liaisonA
                        .postFile("/api/v1/meetings/" + meeting + "/minutes", "acta.pdf", pdf())
                        .status())
                .isEqualTo(403);
        assertThat(f.leaderA
                        .post("/api/v1/meetings/" + meeting + "/attendees", "{\"name\":\"Yo\"}")
                        .status())
                .isEqualTo(403);
        assertThat(f.control.get("/api/v1/meetings/" + meeting).status())
                .as("control reads")
                .isEqualTo(200);
    }

    @Test
    void officesSeeOnlyTheirOwnMeetingsAndCommitments() {
        UUID meetingA = f.meeting(f.officeA, LAST_WEEK);
        UUID meetingB = f.meeting(f.officeB, LAST_WEEK);
        UUID commitmentA = f.commitment(meetingA, TODAY.plusDays(3), "a@prueba.gov.co");
        f.commitment(meetingB, TODAY.plusDays(3), "b@prueba.gov.co");

        assertThat((List<String>) f.leaderB.get("/api/v1/meetings").json("$.items[*].id"))
                .containsExactly(meetingB.toString());
        assertThat(f.leaderB.get("/api/v1/meetings/" + meetingA).status()).isEqualTo(404);
        assertThat(f.leaderB.get("/api/v1/meetings/" + meetingA + "/minutes").status())
                .isEqualTo(404);
        assertThat(f.leaderB.get("/api/v1/commitments/" + commitmentA).status()).isEqualTo(404);
        assertThat((List<String>) f.leaderB.get("/api/v1/commitments").json("$[*].officeId"))
                .containsOnly(f.officeB.id().toString());
        assertThat((Integer) f.leaderB
                        .get("/api/v1/meetings?officeId=" + f.officeA.id())
                        .json("$.total"))
                .isZero();
        assertThat((List<String>) f.control.get("/api/v1/meetings").json("$.items[*].id"))
                .containsExactlyInAnyOrder(meetingA.toString(), meetingB.toString());

        UUID otherOrg = data.organization().id();
        ApiClient stranger =
                ApiClient.as(port, data.user(otherOrg, Role.PLANEACION).username(), TestData.PASSWORD);
        assertThat(stranger.get("/api/v1/meetings/" + meetingA).status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/commitments/" + commitmentA + "/done", "{\"note\":\"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat((Integer) stranger.get("/api/v1/meetings").json("$.total")).isZero();
    }

    @Test
    void minutesOfAForbiddenTypeOrOverTheLimitAreRefusedAndAPdfOrOfficeDocumentIsKept() throws IOException {
        UUID meeting = f.meeting(f.officeA, LAST_WEEK);
        String path = "/api/v1/meetings/" + meeting + "/minutes";

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        assertThat(f.planner.postFile(path, "acta.png", png).status()).isEqualTo(409);
        assertThat(f.planner
                        .postFile(path, "acta.pdf", "no soy un PDF".getBytes(StandardCharsets.UTF_8))
                        .status())
                .as("a name proves nothing")
                .isEqualTo(409);
        assertThat(f.planner.postFile(path, "acta.docx", zip("otra-cosa.txt")).status())
                .as("a zip that is not an office document")
                .isEqualTo(409);
        byte[] huge = Arrays.copyOf(pdf(), 10 * 1024 * 1024 + 1);
        ApiClient.Answer tooBig = f.planner.postFile(path, "acta.pdf", huge);
        assertThat(tooBig.status()).isEqualTo(409);
        assertThat(tooBig.body()).contains("10 MB");
        assertThat((String) f.planner.get("/api/v1/meetings/" + meeting).json("$.meeting.state"))
                .isEqualTo("PROGRAMADA");

        byte[] docx = zip("[Content_Types].xml", "word/document.xml");
        assertThat(f.planner.postFile(path, "acta firmada.docx", docx).status()).isEqualTo(200);
        ApiClient.Answer held = require(f.planner.postFile(path, "acta.pdf", pdf()), 200);
        assertThat((String) held.json("$.state")).isEqualTo("REALIZADA");
        assertThat((String) held.json("$.minutes.name")).isEqualTo("acta.pdf");

        HttpResponse<byte[]> download = f.leaderA.download(path);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf());
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");

        UUID future = f.meeting(f.officeA, TODAY.plusDays(5).atTime(10, 0));
        assertThat(f.planner
                        .postFile("/api/v1/meetings/" + future + "/minutes", "acta.pdf", pdf())
                        .status())
                .as("minutes come after the meeting")
                .isEqualTo(409);
    }

    @Test
    void theOfficesLeaderOrTheResponsibleRecordsACommitmentDoneAndPlanningMayReopenIt() {
        UUID meeting = f.meeting(f.officeA, LAST_WEEK);
        UUID commitment = f.commitment(meeting, TODAY.plusDays(10), "externo@prueba.gov.co");
        String done = "/api/v1/commitments/" + commitment + "/done";

        assertThat(f.liaisonA.post(done, "{\"note\":\"Entregado\"}").status())
                .as("a liaison who is not responsible")
                .isEqualTo(403);
        assertThat(f.leaderB.post(done, "{\"note\":\"Entregado\"}").status()).isEqualTo(404);
        assertThat(f.leaderA.post(done, "{\"note\":\"  \"}").status())
                .as("no note")
                .isEqualTo(409);
        assertThat(f.leaderA
                        .post(done, "{\"note\":\"x\",\"doneOn\":\"" + TODAY.plusDays(1) + "\"}")
                        .status())
                .as("done in the future")
                .isEqualTo(409);
        assertThat(f.leaderA.post(done, "{\"note\":\"x\",\"version\":7}").status())
                .as("stale version")
                .isEqualTo(409);

        ApiClient.Answer recorded =
                require(f.leaderA.post(done, "{\"note\":\"Se entregó el plan de choque (oficio 123)\"}"), 200);
        assertThat((String) recorded.json("$.state")).isEqualTo("CUMPLIDO");
        assertThat((String) recorded.json("$.doneOn")).isEqualTo(TODAY.toString());
        assertThat((String) recorded.json("$.doneBy")).isEqualTo(f.leaderA.username);
        assertThat(f.leaderA.post(done, "{\"note\":\"otra vez\"}").status()).isEqualTo(409);

        assertThat(f.leaderA
                        .post("/api/v1/commitments/" + commitment + "/reopen", "{\"reason\":\"no\"}")
                        .status())
                .isEqualTo(403);
        ApiClient.Answer reopened = require(
                f.planner.post(
                        "/api/v1/commitments/" + commitment + "/reopen", "{\"reason\":\"Falta el anexo financiero\"}"),
                200);
        assertThat((String) reopened.json("$.state")).isEqualTo("PENDIENTE");
        assertThat((String) reopened.json("$.reopenedReason")).isEqualTo("Falta el anexo financiero");

        UUID assigned = UUID.fromString(require(
                        f.planner.post("/api/v1/meetings/" + meeting + "/commitments", """
                                {"description":"Actualizar la hoja de vida del indicador","responsibleUserId":"%s",
                                 "dueDate":"%s"}""".formatted(
                                        f.liaisonAUser.id(), TODAY.plusDays(10))),
                        201)
                .json("$.id"));
        assertThat(f.liaisonA
                        .post("/api/v1/commitments/" + assigned + "/done", "{\"note\":\"Hecho\"}")
                        .status())
                .as("the responsible person")
                .isEqualTo(200);
    }

    @Test
    void overdueCommitmentsAreListedWithTheirDelay() {
        UUID meeting = f.meeting(f.officeA, TODAY.minusDays(30).atTime(8, 0));
        UUID late = f.commitment(meeting, TODAY.minusDays(4), "tarde@prueba.gov.co");
        UUID onTime = f.commitment(meeting, TODAY.plusDays(4), "atiempo@prueba.gov.co");
        UUID dueToday = f.commitment(meeting, TODAY, "hoy@prueba.gov.co");

        ApiClient.Answer overdue = require(f.planner.get("/api/v1/commitments?overdue=true"), 200);
        assertThat((List<String>) overdue.json("$[*].id")).containsExactly(late.toString());
        assertThat((String) overdue.json("$[0].state")).isEqualTo("VENCIDO");
        assertThat((Integer) overdue.json("$[0].daysOverdue")).isEqualTo(4);
        assertThat((List<String>)
                        f.leaderB.get("/api/v1/commitments?overdue=true").json("$[*].id"))
                .isEmpty();
        assertThat((List<String>)
                        f.planner.get("/api/v1/commitments?state=PENDIENTE").json("$[*].id"))
                .containsExactlyInAnyOrder(onTime.toString(), dueToday.toString());
        assertThat((Integer) f.planner.get("/api/v1/meetings/" + meeting).json("$.meeting.overdueCommitments"))
                .isEqualTo(1);

        require(f.leaderA.post("/api/v1/commitments/" + late + "/done", "{\"note\":\"Entregado tarde\"}"), 200);
        assertThat((List<String>)
                        f.planner.get("/api/v1/commitments?overdue=true").json("$[*].id"))
                .doesNotContain(late.toString());
    }

    @Test
    void aMeetingWithCommitmentsIsNotCancelledAndACancelledOneTakesNoMinutes() {
        UUID withCommitment = f.meeting(f.officeA, LAST_WEEK);
        f.commitment(withCommitment, TODAY, "a@prueba.gov.co");
        assertThat(f.planner
                        .post("/api/v1/meetings/" + withCommitment + "/cancel", "{\"reason\":\"x\"}")
                        .status())
                .isEqualTo(409);

        UUID meeting = f.meeting(f.officeA, LAST_WEEK);
        assertThat(f.planner
                        .post("/api/v1/meetings/" + meeting + "/cancel", "{}")
                        .status())
                .as("no reason")
                .isEqualTo(409);
        ApiClient.Answer cancelled = require(
                f.planner.post("/api/v1/meetings/" + meeting + "/cancel", "{\"reason\":\"El alcalde viajó\"}"), 200);
        assertThat((String) cancelled.json("$.state")).isEqualTo("CANCELADA");
        assertThat(f.planner
                        .postFile("/api/v1/meetings/" + meeting + "/minutes", "acta.pdf", pdf())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aFollowUpMeetingShowsTheCommitmentsOfTheOneItFollows() {
        UUID first = f.meeting(f.officeA, TODAY.minusDays(40).atTime(9, 0));
        UUID pending = f.commitment(first, TODAY.minusDays(10), "a@prueba.gov.co");
        ApiClient.Answer followUp =
                require(f.planner.post("/api/v1/meetings", """
                        {"officeId":"%s","startsAt":"%s","place":"Despacho","followUpOf":"%s"}""".formatted(f.officeA.id(), LAST_WEEK, first)), 201);
        assertThat((List<String>) followUp.json("$.followedUpCommitments[*].id"))
                .containsExactly(pending.toString());
        assertThat((String) followUp.json("$.followedUpCommitments[0].state")).isEqualTo("VENCIDO");

        assertThat(f.planner
                        .post("/api/v1/meetings", """
                        {"officeId":"%s","startsAt":"%s","place":"Despacho","followUpOf":"%s"}""".formatted(f.officeB.id(), LAST_WEEK, first))
                        .status())
                .as("a follow-up with another office")
                .isEqualTo(409);
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
