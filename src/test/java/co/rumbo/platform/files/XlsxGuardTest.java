package co.rumbo.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.rumbo.platform.BusinessRuleException;
import co.rumbo.support.Zips;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one guard of xlsx uploads: Rumbo's own bounds and words, or a caller's. */
class XlsxGuardTest {

    private static final XlsxGuard.Wording OTHER_WORDING =
            new XlsxGuard.Wording("No es un xlsx.", "Está dañado.", 7, "Pídalo de nuevo.");

    @TempDir
    Path dir;

    @Test
    void copiesAnAcceptableWorkbookToATemporaryFile() throws IOException {
        byte[] zip = Zips.of(Map.of("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8)));

        Path copy = XlsxGuard.checkedCopy(zip);
        try {
            assertThat(Files.readAllBytes(copy)).isEqualTo(zip);
        } finally {
            XlsxGuard.delete(copy);
        }
        assertThat(copy).doesNotExist();
    }

    @Test
    void refusesWhatIsNotAWorkbookInTheUploadsWords() {
        byte[] zip = Zips.of(Map.of("a.xml", "<a/>".getBytes(StandardCharsets.UTF_8)));
        byte[] lostBeginning = zip.clone();
        Arrays.fill(lostBeginning, 0, 4, (byte) 'Z');

        assertRefused(() -> XlsxGuard.checkedCopy(null), "El archivo está vacío.");
        assertRefused(() -> XlsxGuard.checkedCopy(new byte[0]), "El archivo está vacío.");
        assertRefused(
                () -> XlsxGuard.checkedCopy(new byte[(int) XlsxGuard.MAX_FILE_BYTES + 1]),
                "El archivo pesa 5,0 MB; el máximo es 5,0 MB.");
        assertRefused(
                () -> XlsxGuard.checkedCopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}),
                "El archivo es un libro de Excel antiguo (.xls) o está protegido con contraseña. Ábralo en Excel,"
                        + " quite la contraseña si la tiene y guárdelo como .xlsx.");
        String notXlsx = "El archivo no es un libro de Excel (.xlsx): no tiene la firma de un archivo ZIP."
                + " Descargue la plantilla de Rumbo, llénela y guárdela como .xlsx.";
        assertRefused(() -> XlsxGuard.checkedCopy("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)), notXlsx);
        assertRefused(() -> XlsxGuard.checkedCopy(lostBeginning), notXlsx);
        assertRefused(() -> XlsxGuard.checkedCopy(Arrays.copyOf(zip, zip.length / 2)), XlsxGuard.DAMAGED);
    }

    @Test
    void endsARefusalForSizeWithTheUploadsAdvice() {
        byte[] zeros = new byte[2 * 1024 * 1024];

        assertRefused(
                () -> XlsxGuard.checkedCopy(Zips.of(Map.of("xl/sharedStrings.xml", zeros))),
                "El archivo no se procesa por seguridad: una parte interna se expande más de 100 veces al"
                        + " descomprimirla (posible «bomba zip»). Descargue de nuevo la plantilla de Rumbo y llénela.");
    }

    @Test
    void checksAFileOnDiskWithTheCallersLimitsAndWords() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            entries.put("part" + i + ".xml", ("<p>" + i + "</p>").getBytes(StandardCharsets.UTF_8));
        }
        Path file = Files.write(dir.resolve("three.xlsx"), Zips.of(entries));
        XlsxGuard.Limits two = new XlsxGuard.Limits(1024 * 1024, 2, 1024, 4096, 100);
        XlsxGuard.Limits three = new XlsxGuard.Limits(1024 * 1024, 3, 1024, 4096, 100);

        assertRefused(
                () -> XlsxGuard.check(file, two, OTHER_WORDING),
                "El archivo no se procesa por seguridad: tiene 3 partes internas; un libro de Excel normal tiene"
                        + " unas 7. Pídalo de nuevo.");
        XlsxGuard.check(file, three, OTHER_WORDING);
        assertThat(file).exists();
    }

    @Test
    void tellsADamagedZipFromAFileThatIsNoZipWhenTheCallerDoes() throws IOException {
        byte[] zip = Zips.of(Map.of("a.xml", "<a/>".getBytes(StandardCharsets.UTF_8)));
        Arrays.fill(zip, 0, 4, (byte) 'Z');
        Path lostBeginning = Files.write(dir.resolve("lost.xlsx"), zip);
        Path csv = Files.writeString(dir.resolve("plan.xlsx"), "a;b\n1;2\n");

        assertRefused(() -> XlsxGuard.check(lostBeginning, XlsxGuard.UPLOAD_LIMITS, OTHER_WORDING), "Está dañado.");
        assertRefused(() -> XlsxGuard.check(csv, XlsxGuard.UPLOAD_LIMITS, OTHER_WORDING), "No es un xlsx.");
    }

    @Test
    void refusesContentLargerThanTheCallersTotal() throws IOException {
        int mb = 1024 * 1024;
        Path file = Files.write(
                dir.resolve("big.xlsx"),
                Zips.of(Map.of("xl/sharedStrings.xml", "x".repeat(3 * mb / 2).getBytes(StandardCharsets.UTF_8))));
        XlsxGuard.Limits oneMegabyte = new XlsxGuard.Limits(mb, 10, 2 * mb, mb, 100_000);

        assertRefused(
                () -> XlsxGuard.check(file, oneMegabyte, OTHER_WORDING),
                "El archivo no se procesa por seguridad: su contenido pasa de 1,0 MB sin comprimir. Pídalo de nuevo.");
    }

    @Test
    void refusesADoctypeEvenInUtf16() {
        byte[] utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DocType x SYSTEM \"http://127.0.0.1/x.dtd\"><x/>"
                .getBytes(StandardCharsets.UTF_16);

        assertRefused(
                () -> XlsxGuard.checkedCopy(Zips.of(Map.of("xl/worksheets/sheet1.xml", utf16))),
                "El archivo contiene una declaración DOCTYPE en «xl/worksheets/sheet1.xml». Un libro de Excel"
                        + " legítimo no la tiene y, por seguridad, no se procesa.");
    }

    @Test
    void saysWhenTheFileCannotBeReadAtAll() {
        assertThatThrownBy(() -> XlsxGuard.check(dir.resolve("missing.xlsx"), XlsxGuard.UPLOAD_LIMITS, OTHER_WORDING))
                .isInstanceOf(UncheckedIOException.class);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call)
                .isExactlyInstanceOf(BusinessRuleException.class)
                .hasMessage(message);
    }
}
