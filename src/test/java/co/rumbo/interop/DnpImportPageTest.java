package co.rumbo.interop;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.Role;
import co.rumbo.organization.Organization;
import co.rumbo.structure.FundingSources;
import co.rumbo.structure.MgaCatalog;
import co.rumbo.structure.PlanStore;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The upload page on a real server, as a browser uses it: log in, open the page, send the form as
 * multipart with its CSRF token, see the summary. (The CSRF token of a multipart form is read by the
 * security filter before Spring parses the upload; only a real server shows that it works.)
 */
@RumboIntegrationTest
class DnpImportPageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    PlanStore planStore;

    @Autowired
    FundingSources sources;

    @Autowired
    MgaCatalog catalog;

    @Autowired
    TestData data;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void thePlanningOfficeUploadsTenjosFileAndSeesTheSummary() throws Exception {
        Organization org = data.organization();
        String planner = data.user(org.id(), Role.PLANEACION).username();
        UUID plan =
                new SisptImportPlans(planStore, sources, catalog).load(org.id(), DnpSeguimientoImportTest.TENJO_SISPT);

        String loginPage = get("/login").body();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + planner + "&password="
                                + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                + csrf(loginPage)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);

        HttpResponse<String> page = get("/plan/dnp?plan=" + plan);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Cargar el Informe de Seguimiento al PDT de DNP");

        String boundary = "----rumbo" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "_csrf", csrf(page.body()));
        field(body, boundary, "plan", plan.toString());
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Alertas-"
                        + org.daneCode() + ".xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(DnpSeguimientoImportTest.TENJO_DNP));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> uploaded = http.send(
                HttpRequest.newBuilder(uri("/plan/dnp"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body()).contains("Se cargó", "Alertas-" + org.daneCode() + ".xlsx", "Ver la conciliación");

        HttpResponse<String> reconciliation = get("/plan/dnp/conciliacion?plan=" + plan + "&year=2025");
        assertThat(reconciliation.body()).contains("245 coinciden", "0 difieren");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF token in the page").isTrue();
        return m.group(1);
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
