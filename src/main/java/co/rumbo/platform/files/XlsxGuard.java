package co.rumbo.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks at an uploaded xlsx held in memory before any spreadsheet code touches it: the same defences as
 * the SisPT reader's pre-scan (module {@code interop}), for the smaller uploads of the other modules (the
 * treasury's execution report, a capture sheet filled offline). fastexcel-reader inflates what it needs
 * without bounds, so every entry is inflated here once, counting real bytes (declared sizes can lie),
 * and the file is refused when the entry count, an entry's size, the total or a compression ratio is out
 * of bounds (a zip bomb). Any XML part with a DOCTYPE is refused too: a real xlsx never has one and it is
 * the vehicle of XXE and entity expansion (fastexcel-reader's parser refuses them as well; this is a
 * second, clearer line). A file that is not a zip, an old .xls, or a damaged zip gets its own message.
 */
public final class XlsxGuard {

    private static final long MB = 1024 * 1024;
    private static final byte[] DOCTYPE = "<!doctype".getBytes(StandardCharsets.US_ASCII);

    /** Entries smaller than this are not held to the ratio: tiny parts compress very well. */
    private static final long RATIO_GRACE_BYTES = MB;

    /**
     * The bounds of an upload.
     *
     * @param maxEntries the most zip entries (a workbook has about 10 to 30)
     * @param maxEntryBytes the largest uncompressed entry
     * @param maxTotalBytes the largest uncompressed total
     * @param maxCompressionRatio uncompressed/compressed for entries above 1 MB (xlsx parts are about 10)
     */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxCompressionRatio) {

        /** 500 entries, 32 MB per entry, 64 MB in all, ratio 100. */
        public static final Limits DEFAULT = new Limits(500, 32 * MB, 64 * MB, 100);
    }

    /** Why the file cannot be read, in Spanish, ready to show. */
    public static final class Rejected extends RuntimeException {
        Rejected(String message) {
            super(message);
        }
    }

    private XlsxGuard() {}

    /** Whether the bytes start like a zip archive (an xlsx) rather than text (a CSV). */
    public static boolean looksLikeZip(byte[] content) {
        return content != null
                && content.length >= 4
                && content[0] == 'P'
                && content[1] == 'K'
                && content[2] == 3
                && content[3] == 4;
    }

    /**
     * @throws Rejected the file is empty, not an xlsx, damaged, or out of {@code limits}
     */
    public static void check(byte[] content, Limits limits) {
        if (content == null || content.length == 0) {
            throw new Rejected("El archivo está vacío.");
        }
        if (content.length >= 4
                && (content[0] & 0xFF) == 0xD0
                && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11
                && (content[3] & 0xFF) == 0xE0) {
            throw new Rejected("El archivo es un libro de Excel antiguo (.xls) o está protegido con contraseña."
                    + " Ábralo en Excel, quite la contraseña si la tiene y guárdelo como .xlsx (o como CSV).");
        }
        if (!looksLikeZip(content)) {
            throw new Rejected("El archivo no es un libro de Excel (.xlsx): no tiene la firma de un archivo ZIP.");
        }
        // java.util.zip.ZipFile reads the central directory (ZipInputStream cannot read the stored entries
        // with data descriptors some writers produce), and it needs a file.
        Path temp = null;
        try {
            temp = Files.createTempFile("rumbo-xlsx-", ".zip");
            Files.write(temp, content);
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                scan(zip, content.length, limits);
            }
        } catch (ZipException e) {
            throw damaged();
        } catch (IOException e) {
            throw damaged();
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private static void scan(ZipFile zip, long fileSize, Limits limits) throws IOException {
        if (zip.size() > limits.maxEntries()) {
            throw tooBig("tiene " + zip.size() + " partes internas; un libro de Excel normal tiene unas 25");
        }
        if (zip.getEntry("[Content_Types].xml") == null) {
            throw new Rejected("El archivo es un ZIP pero no un libro de Excel (.xlsx). Guárdelo desde Excel como"
                    + " «Libro de Excel (.xlsx)» y vuelva a cargarlo.");
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.getSize() > limits.maxEntryBytes()) {
                throw tooBig("una parte interna declara " + entry.getSize() / MB + " MB sin comprimir");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                total += inflate(in, entry, fileSize, buffer, limits, limits.maxTotalBytes() - total);
            }
        }
    }

    private static long inflate(
            InputStream in, ZipEntry entry, long fileSize, byte[] buffer, Limits limits, long totalLeft)
            throws IOException {
        boolean xml = isXml(entry.getName());
        long compressed = entry.getCompressedSize() > 0 ? Math.min(entry.getCompressedSize(), fileSize) : fileSize;
        long count = 0;
        int matched = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            count += n;
            if (count > limits.maxEntryBytes()) {
                throw tooBig("una parte interna pasa de " + limits.maxEntryBytes() / MB + " MB sin comprimir");
            }
            if (count > totalLeft) {
                throw tooBig("su contenido pasa de " + limits.maxTotalBytes() / MB + " MB sin comprimir");
            }
            if (count > RATIO_GRACE_BYTES && count > limits.maxCompressionRatio() * Math.max(1, compressed)) {
                throw tooBig("una parte interna se expande más de " + limits.maxCompressionRatio()
                        + " veces al descomprimirla (posible «bomba zip»)");
            }
            if (xml) {
                matched = scanForDoctype(buffer, n, matched);
                if (matched == DOCTYPE.length) {
                    throw new Rejected("El archivo contiene una declaración DOCTYPE en «" + entry.getName()
                            + "». Un libro de Excel legítimo no la tiene y, por seguridad, no se procesa.");
                }
            }
        }
        return count;
    }

    /** A case-insensitive search for "&lt;!doctype" across buffers; zero bytes skipped (UTF-16 text). */
    private static int scanForDoctype(byte[] buffer, int length, int matched) {
        for (int i = 0; i < length && matched < DOCTYPE.length; i++) {
            byte b = buffer[i];
            if (b == 0) {
                continue;
            }
            byte lower = (byte) Character.toLowerCase(b);
            if (lower == DOCTYPE[matched]) {
                matched++;
            } else {
                matched = lower == DOCTYPE[0] ? 1 : 0;
            }
        }
        return matched;
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    private static Rejected damaged() {
        return new Rejected("El archivo está dañado: un libro de Excel (.xlsx) es un archivo ZIP y este no se"
                + " puede abrir como tal. Ábralo en Excel, guárdelo de nuevo como .xlsx y vuelva a cargarlo.");
    }

    private static Rejected tooBig(String why) {
        return new Rejected("El archivo no se procesa por seguridad: " + why + ".");
    }
}
