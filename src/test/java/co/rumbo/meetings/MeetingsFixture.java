package co.rumbo.meetings;

import co.rumbo.identity.Role;
import co.rumbo.identity.UserView;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organization;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.Acting;
import co.rumbo.support.SamplePlan;
import co.rumbo.support.TestData;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * An organization with the sample plan and two offices (A has the SUMA and CONSTANTE goals, B the
 * CRECIENTE one), a planner, A's leader and liaison, B's leader, and control, with API clients.
 */
final class MeetingsFixture {

    final Organization org;
    final Office officeA;
    final Office officeB;
    final TestData.SavedPlan plan;
    final UserView plannerUser;
    final UserView leaderAUser;
    final UserView liaisonAUser;
    final UserView leaderBUser;
    final Api planner;
    final Api leaderA;
    final Api liaisonA;
    final Api leaderB;
    final Api control;
    final UUID sumaGoal;
    final UUID growingGoal;

    MeetingsFixture(int port, TestData data, GoalEditor goals) {
        org = data.organization();
        officeA = data.office(org.id());
        officeB = data.office(org.id());
        plan = data.plan(org.id());
        Acting.as("prueba", org.id(), () -> {
            goals.assignOffice(org.id(), plan.id(), SamplePlan.SUMA_GOAL, officeA.id());
            goals.assignOffice(org.id(), plan.id(), SamplePlan.CONSTANTE_GOAL, officeA.id());
            goals.assignOffice(org.id(), plan.id(), SamplePlan.CRECIENTE_GOAL, officeB.id());
        });
        sumaGoal = plan.goal(SamplePlan.SUMA_GOAL);
        growingGoal = plan.goal(SamplePlan.CRECIENTE_GOAL);
        plannerUser = data.user(org.id(), Role.PLANEACION);
        leaderAUser = data.user(org.id(), Set.of(Role.LIDER), Set.of(officeA.id()));
        liaisonAUser = data.user(org.id(), Set.of(Role.ENLACE), Set.of(officeA.id()));
        leaderBUser = data.user(org.id(), Set.of(Role.LIDER), Set.of(officeB.id()));
        planner = new Api(port, plannerUser.username());
        leaderA = new Api(port, leaderAUser.username());
        liaisonA = new Api(port, liaisonAUser.username());
        leaderB = new Api(port, leaderBUser.username());
        control = new Api(port, data.user(org.id(), Role.CONTROL).username());
    }

    /** A meeting with {@code office} at {@code when}, scheduled by the planner; its id. */
    UUID meeting(Office office, LocalDateTime when) {
        Answer a = planner.post("/api/v1/meetings", """
                {"officeId":"%s","startsAt":"%s","place":"Despacho del alcalde","reportPeriod":"2026-Q2",
                 "alerts":"Metas rezagadas en el segundo trimestre"}""".formatted(office.id(), when));
        return UUID.fromString(require(a, 201).json("$.meeting.id"));
    }

    /** A commitment due on {@code due}, answered for by a person outside Rumbo with {@code email}; its id. */
    UUID commitment(UUID meetingId, LocalDate due, String email) {
        Answer a = planner.post("/api/v1/meetings/" + meetingId + "/commitments", """
                {"description":"Entregar el plan de choque de la meta","responsibleName":"Persona responsable",
                 "responsibleEmail":"%s","dueDate":"%s"}""".formatted(email, due));
        return UUID.fromString(require(a, 201).json("$.id"));
    }

    static Answer require(Answer a, int status) {
        if (a.status() != status) throw new IllegalStateException("expected " + status + ": " + a);
        return a;
    }

    record Answer(int status, String body) {
        <T> T json(String path) {
            return JsonPath.read(body, path);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** The JSON API as an integration calls it: HTTP Basic, no session. */
    static final class Api {
        private static final HttpClient HTTP =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final String base;
        private final String authorization;
        final String username;

        Api(int port, String username) {
            this.base = "http://localhost:" + port;
            this.username = username;
            this.authorization = "Basic "
                    + Base64.getEncoder()
                            .encodeToString((username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        }

        Answer get(String path) {
            return send(request(path).GET());
        }

        Answer post(String path, String json) {
            return send(request(path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        }

        Answer delete(String path) {
            return send(request(path).DELETE());
        }

        /** Posts one file as the multipart field {@code file}. */
        Answer postFile(String path, String fileName, byte[] content) {
            String boundary = "rumbo-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(request(path)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }

        HttpResponse<byte[]> download(String path) {
            try {
                return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json")
                    .header("Authorization", authorization);
        }

        private static Answer send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> r =
                        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
