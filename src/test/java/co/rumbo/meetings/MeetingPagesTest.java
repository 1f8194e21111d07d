package co.rumbo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient;
import co.rumbo.support.Browser;
import co.rumbo.support.Form;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The meeting pages in Spanish, and the overdue commitments on the tablero. */
@RumboIntegrationTest
class MeetingPagesTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Bogota"));

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

    private Browser as(ApiClient who) {
        return Browser.loggedIn(port, who.username, TestData.PASSWORD);
    }

    @Test
    void thePlannerSchedulesAMeetingOnThePageAndRecordsAttendeesAndACommitment() {
        Browser planner = as(f.planner);
        assertThat(planner.get("/reuniones/nueva").body()).contains("Programar reunión bilateral");

        Page created = planner.post(
                "/reuniones/nueva",
                Form.of(
                                "officeId", f.officeA.id().toString(),
                                "startsAt", TODAY.minusDays(2) + "T15:00",
                                "place", "Sala de juntas",
                                "reportPeriod", "2026-Q3",
                                "alerts", "Ejecución financiera baja",
                                "attendees", "María Pérez — Secretaria\nJuan Gómez, Planeación")
                        .add("alertGoalIds", f.sumaGoal)
                        .add("version", 0));
        assertThat(created.status()).isEqualTo(302);
        String location = created.location().orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        Page detail = planner.get("/reuniones/" + id);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body())
                .contains("Reunión bilateral con " + f.officeA.name())
                .contains("Sala de juntas")
                .contains("María Pérez")
                .contains("Secretaria")
                .contains("Juan Gómez")
                .contains("2201001-1")
                .contains("Aún no se ha adjuntado el acta")
                .contains("data-confirm");

        Page commitment = planner.post(
                "/reuniones/" + id + "/compromisos",
                Form.of(
                        "descripcion", "Radicar el informe de avance corregido",
                        "responsable", "Jefe de la dependencia",
                        "correo", "jefe@prueba.gov.co",
                        "fecha", TODAY.plusDays(5).toString(),
                        "meta", f.sumaGoal.toString()));
        assertThat(commitment.status()).isEqualTo(302);
        assertThat(planner.get("/reuniones/" + id).body())
                .contains("Radicar el informe de avance corregido")
                .contains("Pendiente");

        Page bad = planner.post(
                "/reuniones/" + id + "/compromisos",
                Form.of("descripcion", "Sin fecha", "responsable", "Alguien", "fecha", ""));
        assertThat(bad.status()).isEqualTo(302);
        assertThat(planner.get("/reuniones/" + id).body()).contains("Indique la fecha límite del compromiso");

        assertThat(planner.get("/reuniones?dependencia=" + f.officeA.id()).body())
                .contains(f.officeA.name())
                .contains("Sala de juntas");
    }

    @Test
    void officeUsersSeeTheirMeetingsTheLeaderRecordsDoneTheLiaisonCannot() {
        UUID meeting = f.meeting(f.officeA, TODAY.minusDays(3).atTime(9, 0));
        UUID commitment = f.commitment(meeting, TODAY.plusDays(3), "externo@prueba.gov.co");

        Browser liaison = as(f.liaisonA);
        Page seen = liaison.get("/reuniones/" + meeting);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains("Entregar el plan de choque").doesNotContain("Registrar cumplido");
        assertThat(liaison.get("/reuniones/nueva").status()).isEqualTo(403);
        assertThat(liaison.post("/compromisos/" + commitment + "/cumplido", Form.of("nota", "Hecho"))
                        .status())
                .isEqualTo(403);

        Browser leaderB = as(f.leaderB);
        assertThat(leaderB.get("/reuniones/" + meeting).status()).isEqualTo(404);
        assertThat(leaderB.get("/reuniones").body()).doesNotContain(f.officeA.name());

        Browser leader = as(f.leaderA);
        assertThat(leader.get("/reuniones/" + meeting).body()).contains("Registrar cumplido");
        Page done = leader.post(
                "/compromisos/" + commitment + "/cumplido",
                Form.of(
                        "nota",
                        "Se radicó el oficio 45",
                        "fecha",
                        TODAY.toString(),
                        "volver",
                        "/reuniones/" + meeting));
        assertThat(done.redirectsTo("/reuniones/" + meeting)).isTrue();
        assertThat(leader.get("/compromisos?dependencia=" + f.officeA.id()).body())
                .contains("Se radicó el oficio 45")
                .contains("Cumplido");

        Page offsite = leader.post(
                "/compromisos/" + commitment + "/cumplido",
                Form.of("nota", "x", "volver", "https://otro-sitio.example/"));
        assertThat(offsite.location().orElseThrow())
                .as("never redirected elsewhere")
                .endsWith("/compromisos");
    }

    @Test
    void theMinutesAreUploadedAndDownloadedOnThePage() {
        UUID meeting = f.meeting(f.officeA, TODAY.minusDays(1).atTime(9, 0));
        MeetingsFixture.require(
                f.planner.postFile(
                        "/api/v1/meetings/" + meeting + "/minutes", "acta-bilateral.pdf", MeetingsApiTest.pdf()),
                200);
        Page detail = as(f.leaderA).get("/reuniones/" + meeting);
        assertThat(detail.body()).contains("acta-bilateral.pdf").contains("Realizada");
        assertThat(as(f.leaderA).get("/reuniones/" + meeting + "/acta").status())
                .isEqualTo(200);
        assertThat(as(f.leaderB).get("/reuniones/" + meeting + "/acta").status())
                .isEqualTo(404);
    }

    @Test
    void theTableroShowsOverdueCommitmentsToWhoeverSeesTheirOffice() {
        UUID meeting = f.meeting(f.officeA, TODAY.minusDays(20).atTime(9, 0));
        f.commitment(meeting, TODAY.minusDays(2), "externo@prueba.gov.co");
        f.commitment(meeting, TODAY.plusDays(2), "externo@prueba.gov.co");

        Page board = as(f.planner).get("/tablero");
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body())
                .contains("aviso-compromisos-vencidos")
                .contains("1 compromiso de reuniones bilaterales está vencido")
                .contains("Entregar el plan de choque de la meta")
                .contains("hace 2 días");
        assertThat(as(f.leaderA).get("/tablero").body()).contains("aviso-compromisos-vencidos");
        assertThat(as(f.leaderB).get("/tablero").body()).doesNotContain("aviso-compromisos-vencidos");

        Page overdue = as(f.planner).get("/compromisos?vencidos=true");
        assertThat(overdue.body()).contains("Vencido").contains("hace 2 días");
    }
}
