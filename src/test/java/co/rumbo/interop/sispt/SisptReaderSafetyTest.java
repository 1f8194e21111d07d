package co.rumbo.interop.sispt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not a SisPT export, or are crafted to hurt: refused with one ERROR, never a crash. */
class SisptReaderSafetyTest {

    private static final Duration QUICKLY = Duration.ofSeconds(20);

    /** "Billion laughs": &amp;lol9; would expand to 10^9 "lol"s, 3 GB. */
    private static final String LAUGHS = billionLaughs();

    private final SisptReader reader = new SisptReader();

    private SisptReadResult read(byte[] bytes) {
        return assertTimeoutPreemptively(QUICKLY, () -> reader.read(new ByteArrayInputStream(bytes)));
    }

    private static void assertRefused(SisptReadResult result, String messagePart) {
        assertThat(result.workbook()).isNull();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.isError()).isTrue();
            assertThat(issue.sheet()).isNull();
            assertThat(issue.message()).contains(messagePart);
        });
    }

    @Test
    void refusesAFileThatIsNotAnXlsx() {
        byte[] csv = "Código DANE,Entidad territorial\n25799,Tenjo\n".getBytes(StandardCharsets.UTF_8);

        assertRefused(read(csv), "no es un libro de Excel (.xlsx)");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(read(new byte[0]), "está vacío");
    }

    @Test
    void refusesAnOldXlsOrPasswordProtectedWorkbook() {
        byte[] ole2 = new byte[4096];
        System.arraycopy(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0,
                ole2,
                0,
                8);

        assertRefused(read(ole2), "antiguo (.xls)");
    }

    @Test
    void refusesAZipWhoseBeginningIsLost() {
        // like DNP's Alertas-25899.xlsx: garbage where the first entries were, the central directory still there
        byte[] damaged = TestFiles.tenjo();
        Arrays.fill(damaged, 0, 2048, (byte) 0x5A);

        assertRefused(read(damaged), "está dañado");
    }

    @Test
    void refusesATruncatedZip() {
        byte[] tenjo = TestFiles.tenjo();

        assertRefused(read(Arrays.copyOf(tenjo, tenjo.length / 2)), "dañado");
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() {
        byte[] zip = TestFiles.zipOf(Map.of("hola.txt", "hola".getBytes(StandardCharsets.UTF_8)));

        assertRefused(read(zip), "No se pudo leer el archivo");
    }

    @Test
    void reportsEveryMissingSheetOfAWorkbookWithoutSheets() {
        byte[] empty = TestFiles.withEntry(
                TestFiles.tenjo(), "xl/workbook.xml", xml -> xml.replaceAll("<sheets>.*</sheets>", "<sheets/>"));

        SisptReadResult result = read(empty);

        assertThat(result.issues())
                .extracting(SisptIssue::message)
                .containsExactly(
                        "Falta la hoja «Líneas estratégicas». Cargue el archivo tal como lo exporta SisPT.",
                        "Falta la hoja «Indicadores de resultado». Cargue el archivo tal como lo exporta SisPT.",
                        "Falta la hoja «Plan indicativo - Productos». Cargue el archivo tal como lo exporta SisPT.",
                        "Falta la hoja «Plan indicativo SGR - Productos». Cargue el archivo tal como lo exporta SisPT.");
    }

    @Test
    void refusesASheetWithMalformedXml() {
        byte[] broken = TestFiles.withEntry(
                TestFiles.tenjo(), TestFiles.PRODUCTS_SHEET_XML, xml -> xml.substring(0, xml.length() / 2));

        assertRefused(read(broken), "No se pudo leer el archivo");
    }

    @Test
    void refusesAZipBombThatDeclaresItsSize() {
        // 200 MB of spaces in the shared strings, about 200 KB compressed
        byte[] bomb = TestFiles.zipBomb(TestFiles.tenjo(), 200);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertRefused(read(bomb), "declara 200,1 MB sin comprimir");
    }

    @Test
    void refusesAZipBombThatLiesAboutItsSizeOnceItInflatesTooMuch() {
        byte[] bomb =
                TestFiles.declaringSize(TestFiles.zipBomb(TestFiles.tenjo(), 200), TestFiles.SHARED_STRINGS, 1000);

        assertRefused(read(bomb), "bomba zip");
    }

    @Test
    void refusesAFileLargerThanTheLimitOnceUncompressed() {
        SisptLimits small = new SisptLimits(20_000_000, 1_000, 32_000_000, 256 * 1024, 100, 20_000);

        SisptReadResult result = new SisptReader(small).read(new ByteArrayInputStream(TestFiles.tenjo()));

        assertRefused(result, "sin comprimir");
    }

    @Test
    void refusesAZipWithTooManyEntries() {
        SisptLimits few = new SisptLimits(20_000_000, 10, 32_000_000, 64_000_000, 100, 20_000);

        SisptReadResult result = new SisptReader(few).read(new ByteArrayInputStream(TestFiles.tenjo()));

        assertRefused(result, "partes internas");
    }

    @Test
    void refusesAnUploadLargerThanTheLimitWithoutReadingItAll() {
        SisptLimits tiny = new SisptLimits(10_000, 1_000, 32_000_000, 64_000_000, 100, 20_000);
        AtomicInteger served = new AtomicInteger();
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'x';
            }
        };

        SisptReadResult result = new SisptReader(tiny).read(endless);

        assertRefused(result, "pesa más de");
        assertThat(served.get()).isLessThan(100_000);
    }

    @Test
    void refusesASheetWithMoreRowsThanTheLimit() {
        SisptLimits fewRows = new SisptLimits(20_000_000, 1_000, 32_000_000, 64_000_000, 100, 100);

        SisptReadResult result = new SisptReader(fewRows).read(new ByteArrayInputStream(TestFiles.tenjo()));

        assertThat(result.issues())
                .filteredOn(SisptIssue::isError)
                .singleElement()
                .satisfies(i -> assertThat(i.message()).contains("más de 100 filas"));
        assertThat(result.workbook().productGoals()).isEmpty();
    }

    @Test
    void refusesAnExternalEntityWithoutResolvingIt() {
        byte[] xxe = TestFiles.withEntry(TestFiles.tenjo(), TestFiles.SHARED_STRINGS, xml -> TestFiles.withDoctype(
                        xml, "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .replaceFirst(">Tenjo<", ">&xxe;<"));

        SisptReadResult result = read(xxe);

        assertRefused(result, "DOCTYPE");
    }

    @Test
    void refusesEntityExpansion() {
        byte[] laughs =
                TestFiles.withEntry(TestFiles.tenjo(), TestFiles.PRODUCTS_SHEET_XML, xml -> TestFiles.withDoctype(
                                xml, "<!DOCTYPE worksheet [" + LAUGHS + "]>")
                        .replaceFirst("<v>12300000</v>", "<v>&lol9;</v>"));

        assertRefused(read(laughs), "DOCTYPE");
    }

    @Test
    void refusesADoctypeHiddenInUtf16() {
        byte[] utf16 = TestFiles.withEntries(
                TestFiles.tenjo(),
                Map.of(
                        "xl/worksheets/sheet9.xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x SYSTEM \"http://127.0.0.1/x.dtd\"><x/>"
                                .getBytes(StandardCharsets.UTF_16)));

        assertRefused(read(utf16), "DOCTYPE");
    }

    // What fastexcel-reader itself does, without the pre-scan: the day an upgrade changes its XML
    // configuration, these fail.

    @Test
    void fastexcelReaderDoesNotResolveExternalEntities(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        byte[] xxe = TestFiles.withEntry(TestFiles.tenjo(), TestFiles.SHARED_STRINGS, xml -> TestFiles.withDoctype(
                        xml, "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replaceFirst(">Tenjo<", ">&xxe;<"));

        StringBuilder text = new StringBuilder();
        Throwable thrown = catchThrowable(() -> allText(xxe, text));

        assertThat(text).doesNotContain("TOPSECRET");
        assertThat(thrown).isInstanceOf(ExcelReaderException.class);
    }

    @Test
    void fastexcelReaderDoesNotExpandEntities() {
        byte[] laughs = TestFiles.withEntry(TestFiles.tenjo(), TestFiles.SHARED_STRINGS, xml -> TestFiles.withDoctype(
                        xml, "<!DOCTYPE sst [" + LAUGHS + "]>")
                .replaceFirst(">Tenjo<", ">&lol9;<"));

        StringBuilder text = new StringBuilder();
        Throwable thrown = assertTimeoutPreemptively(QUICKLY, () -> catchThrowable(() -> allText(laughs, text)));

        assertThat(thrown).isInstanceOf(ExcelReaderException.class);
        assertThat(text.length()).isLessThan(10_000_000);
    }

    @Test
    void fastexcelReaderDoesNotFetchAnExternalDtd() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(500);
            String dtd = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
            byte[] external = TestFiles.withEntry(
                    TestFiles.tenjo(),
                    TestFiles.SHARED_STRINGS,
                    xml -> TestFiles.withDoctype(xml, "<!DOCTYPE sst SYSTEM \"" + dtd + "\">"));

            catchThrowable(() -> allText(external, new StringBuilder()));

            assertThat(catchThrowable(server::accept))
                    .as("nobody fetched the DTD")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    private static String billionLaughs() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            entities.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(previous.repeat(10))
                    .append("\">");
        }
        return entities.toString();
    }

    private static void allText(byte[] xlsx, StringBuilder text) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : workbook.getSheets().toList()) {
                try (Stream<Row> rows = sheet.openStream()) {
                    rows.forEach(row -> row.forEach(cell -> text.append(cell == null ? "" : cell.getText())));
                }
            }
        }
    }
}
