package co.rumbo.tracking;

import static co.rumbo.tracking.CaptureFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Evidence of the rows: accepted kinds of file, the size limit, links, and who may read them. */
@RumboIntegrationTest
class ReportEvidenceTest {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    CaptureFixture f;
    String row;

    @BeforeEach
    void organizationWithAnOpenPeriod() {
        f = new CaptureFixture(port, data, goals, jdbc);
        f.open("2026-03");
        row = f.rowA("2026-03", f.sumaGoal);
    }

    @Test
    void aPdfIsAttachedToARowAndDownloadedBackByThePlanningOffice() {
        Answer added = f.liaisonA.postFile(row + "/evidence", "acta de entrega.pdf", PDF);

        assertThat(added.status()).as("%s", added).isEqualTo(201);
        assertThat(added.<String>json("$.contentType")).isEqualTo("application/pdf");
        String id = added.json("$.id");
        assertThat(f.planner.bytes(f.sheetA("2026-03") + "/evidence/" + id + "/file"))
                .isEqualTo(PDF);
        Answer sheet = f.planner.get(f.sheetA("2026-03"));
        assertThat(sheet.<List<String>>json("$.rows[?(@.goalId == '" + f.sumaGoal + "')].evidence[*].name"))
                .containsExactly("acta de entrega.pdf");
    }

    @Test
    void aFileOfAKindThatIsNotAcceptedIsRefused() {
        Answer text =
                f.liaisonA.postFile(row + "/evidence", "notas.txt", "solo texto".getBytes(StandardCharsets.UTF_8));
        Answer executable = f.liaisonA.postFile(row + "/evidence", "informe.pdf", new byte[] {'M', 'Z', 0, 0, 1, 2});
        Answer zip = f.liaisonA.postFile(row + "/evidence", "fotos.zip", new byte[] {'P', 'K', 3, 4, 0, 0, 0});

        assertThat(text.status()).as("%s", text).isEqualTo(422);
        assertThat(text.<String>json("$.field")).isEqualTo("file");
        assertThat(executable.status()).as("%s", executable).isEqualTo(422);
        assertThat(zip.status()).as("%s", zip).isEqualTo(422);
        assertThat(f.liaisonA.get(f.sheetA("2026-03") + "/evidence").<List<Object>>json("$"))
                .isEmpty();
    }

    @Test
    void aFileOverTheOrganizationsLimitIsRefused() {
        require(f.planner.put("/api/v1/capture-settings", "{\"maxEvidenceMb\":1,\"version\":0}"), 200);
        byte[] big = Arrays.copyOf(PDF, 1024 * 1024 + 10);

        Answer a = f.liaisonA.postFile(row + "/evidence", "grande.pdf", big);

        assertThat(a.status()).as("%s", a).isEqualTo(422);
        assertThat(a.<String>json("$.detail")).contains("el máximo es 1 MB");
    }

    @Test
    void aLinkMustBeAWebAddress() {
        Answer script = f.liaisonA.post(row + "/links", "{\"name\":\"x\",\"url\":\"javascript:alert(1)\"}");
        Answer web =
                f.liaisonA.post(row + "/links", "{\"name\":\"Fotos\",\"url\":\"https://drive.example.org/fotos\"}");

        assertThat(script.status()).as("%s", script).isEqualTo(422);
        assertThat(script.<String>json("$.field")).isEqualTo("url");
        assertThat(web.status()).as("%s", web).isEqualTo(201);
        assertThat(web.<String>json("$.kind")).isEqualTo("ENLACE");
    }

    @Test
    void anotherOfficeCannotReadTheEvidence() {
        String id = require(f.liaisonA.postFile(row + "/evidence", "acta.pdf", PDF), 201)
                .json("$.id");

        Answer a = f.leaderB.get(f.sheetA("2026-03") + "/evidence/" + id + "/file");

        assertThat(a.status()).as("%s", a).isEqualTo(404);
    }

    @Test
    void evidenceIsRemovedByTheOfficeWhileItEditsTheSheet() {
        String id = require(f.liaisonA.postFile(row + "/evidence", "acta.pdf", PDF), 201)
                .json("$.id");

        Answer removed = f.liaisonA.delete(f.sheetA("2026-03") + "/evidence/" + id);

        assertThat(removed.status()).as("%s", removed).isEqualTo(204);
        assertThat(f.liaisonA.get(f.sheetA("2026-03") + "/evidence").<List<Object>>json("$"))
                .isEmpty();
    }
}
