package co.rumbo.interop;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.UserCommand;
import co.rumbo.identity.Users;
import co.rumbo.organization.Organization;
import co.rumbo.organization.OrganizationKind;
import co.rumbo.organization.Organizations;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/** The import API: 200, 422 and 400, and a refused file leaves the database as it was. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class SisptImportApiTest {

    static final AtomicInteger DANE = new AtomicInteger(91000 + (int) (Math.random() * 800) * 10);
    static final String PASSWORD = "clave-de-prueba-1";

    @Autowired
    TestRestTemplate http;

    @Autowired
    Organizations organizations;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileOfAnotherOrganizationIsRefusedWith422AndChangesNothing() throws Exception {
        String user = plannerOfNewOrganization();
        long before = businessRows();
        ResponseEntity<Map> answer = post(user, tenjo(), "25799.xlsx");
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().get("errors").toString()).contains("no de la suya");
        assertThat(businessRows()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAnXlsxIsRefusedWith400() {
        String user = plannerOfNewOrganization();
        long before = businessRows();
        ResponseEntity<Map> answer = post(user, "código;meta\nIP-1;3\n".getBytes(), "plan.csv");
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("errors").toString()).isNotBlank();
        assertThat(businessRows()).isEqualTo(before);
    }

    @Test
    void aWorkbookWithoutTheProductsSheetIsRefusedWith422NamingTheSheet() throws Exception {
        String user = plannerOfNewOrganization();
        long before = businessRows();
        byte[] broken = withoutEntry(tenjo(), "xl/worksheets/sheet3.xml");
        ResponseEntity<Map> answer = post(user, broken, "roto.xlsx");
        assertThat(answer.getStatusCode().value()).isIn(400, 422);
        assertThat(businessRows()).isEqualTo(before);
    }

    @Test
    void anEnlaceCannotImport() throws Exception {
        Organization org = newOrganization();
        String enlace = "enlace-" + UUID.randomUUID().toString().substring(0, 8);
        var office = organizations.createOffice(
                org.id(),
                new co.rumbo.organization.OfficeCommand(
                        "SEC-1", "Secretaría de prueba", co.rumbo.organization.OfficeKind.SECRETARIA, true));
        users.create(
                org.id(),
                new UserCommand(enlace, "Enlace", null, Set.of(Role.ENLACE), Set.of(office.id()), true, PASSWORD),
                admin(org));
        assertThat(post(enlace, tenjo(), "25799.xlsx").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void withoutCredentialsTheApiAnswers401() {
        assertThat(http.getForEntity("/api/v1/plans", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }

    private ResponseEntity<Map> post(String user, byte[] content, String name) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, PASSWORD)
                .postForEntity("/api/v1/plans/import/sispt", new HttpEntity<>(body, headers), Map.class);
    }

    private long businessRows() {
        return jdbc.sql("select (select count(*) from product_goal) + (select count(*) from development_plan)"
                        + " + (select count(*) from organization) + (select count(*) from audit_log)")
                .query(Long.class)
                .single();
    }

    private Organization newOrganization() {
        String dane = Integer.toString(DANE.incrementAndGet());
        return organizations.create(dane, "Municipio de prueba " + dane, OrganizationKind.MUNICIPIO);
    }

    private String plannerOfNewOrganization() {
        Organization org = newOrganization();
        String username = "planeacion-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(
                org.id(),
                new UserCommand(username, "Planeación", null, Set.of(Role.PLANEACION), Set.of(), true, PASSWORD),
                admin(org));
        return username;
    }

    private static CurrentUser admin(Organization org) {
        return new CurrentUser(UUID.randomUUID(), "test", "Test", org.id(), Set.of(Role.ADMIN), Set.of());
    }

    private static byte[] tenjo() throws Exception {
        try (InputStream in = new ClassPathResource("sispt/25799.xlsx").getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] withoutEntry(byte[] xlsx, String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(entry)) continue;
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
