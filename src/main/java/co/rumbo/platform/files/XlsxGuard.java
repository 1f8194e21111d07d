package co.rumbo.platform.files;

import co.rumbo.platform.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks at an uploaded workbook before fastexcel-reader touches it; every module that takes an xlsx
 * (the SisPT import, ceilings, the capture sheet, the treasury's execution) goes through here.
 * fastexcel-reader inflates what it needs without any bound, so every entry is inflated once here,
 * counting real bytes (declared sizes can lie): too many entries, an entry or a total too large, or a
 * compression ratio of a zip bomb refuses the file. An XML part with a DOCTYPE (the vehicle of XXE and
 * entity expansion; a real xlsx never has one) refuses it too. Every refusal is a {@link
 * BusinessRuleException} with the reason in Spanish: nothing is read or saved.
 *
 * <p>The bounds ({@link Limits}) and the advice a refusal ends with ({@link Wording}) belong to the
 * caller: a SisPT export is larger than a Rumbo template, and its user is told to export it again from
 * SisPT rather than to download Rumbo's template. {@link #checkedCopy(byte[])} uses the uploads' own.
 */
public final class XlsxGuard {

    private static final long MB = 1024 * 1024;
    /** The ceilings workbook of a municipality is a few kilobytes; 5 MB is generous. */
    public static final long MAX_FILE_BYTES = 5 * MB;

    /** Entries smaller than this are not held to the ratio: tiny parts compress very well. */
    public static final long RATIO_GRACE_BYTES = MB;

    private static final byte[] DOCTYPE = "<!doctype".getBytes(StandardCharsets.US_ASCII);
    // the end-of-central-directory record sits in the last 22 bytes plus a comment of at most 64 KB
    private static final int TAIL_BYTES = 66 * 1024;

    public static final String DAMAGED = "El archivo está dañado: un libro de Excel (.xlsx) es un archivo ZIP y este no"
            + " se puede abrir como tal. Ábralo en Excel, guárdelo de nuevo como .xlsx y vuelva a cargarlo.";

    /**
     * The bounds a workbook must stay within.
     *
     * @param maxFileBytes the largest file accepted
     * @param maxEntries the most zip entries
     * @param maxEntryBytes the largest uncompressed entry, counted while inflating
     * @param maxTotalBytes the largest total uncompressed size of all entries
     * @param maxCompressionRatio the highest uncompressed/compressed ratio of an entry larger than {@link
     *     #RATIO_GRACE_BYTES}; xlsx parts compress about 10 to 1, bombs 1000 to 1
     */
    public record Limits(
            long maxFileBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxCompressionRatio) {

        public Limits {
            if (maxFileBytes <= 0
                    || maxEntries <= 0
                    || maxEntryBytes <= 0
                    || maxTotalBytes <= 0
                    || maxCompressionRatio <= 0) {
                throw new IllegalArgumentException("every limit must be positive");
            }
        }
    }

    /**
     * The caller's words in a refusal, where they depend on where the file should come from.
     *
     * @param notXlsx the whole answer to a file that is not a zip at all (a CSV, a PDF…)
     * @param lostBeginning the whole answer to a file that does not begin like a zip but ends like one:
     *     an xlsx whose first entries are lost
     * @param usualEntries how many internal parts a normal file has, said when there are too many
     * @param advice the sentence that ends a refusal for size or ratio: how to get a good file again
     */
    public record Wording(String notXlsx, String lostBeginning, int usualEntries, String advice) {}

    /** 5 MB, 200 entries, 32 MB per entry, 64 MB in all, ratio 100. */
    public static final Limits UPLOAD_LIMITS = new Limits(MAX_FILE_BYTES, 200, 32 * MB, 64 * MB, 100);

    private static final String NOT_AN_UPLOAD = "El archivo no es un libro de Excel (.xlsx): no tiene la firma de"
            + " un archivo ZIP. Descargue la plantilla de Rumbo, llénela y guárdela como .xlsx.";

    /** Rumbo's templates; a file without the zip signature is "not an xlsx", whatever its end. */
    public static final Wording UPLOAD_WORDING =
            new Wording(NOT_AN_UPLOAD, NOT_AN_UPLOAD, 10, "Descargue de nuevo la plantilla de Rumbo y llénela.");

    private XlsxGuard() {}

    /**
     * Writes the upload to a temporary file after checking it against {@link #UPLOAD_LIMITS}; the caller
     * reads the file and deletes it.
     */
    public static Path checkedCopy(byte[] content) {
        byte[] bytes = content == null ? new byte[0] : content;
        checkStart(
                bytes.length,
                bytes,
                Arrays.copyOfRange(bytes, Math.max(0, bytes.length - TAIL_BYTES), bytes.length),
                UPLOAD_LIMITS,
                UPLOAD_WORDING);
        Path file;
        try {
            file = Files.createTempFile("rumbo-upload-", ".xlsx");
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            checkZip(file, bytes.length, UPLOAD_LIMITS, UPLOAD_WORDING);
            return file;
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /**
     * Checks a workbook already on disk; the file stays where it is.
     *
     * @throws BusinessRuleException when the file is refused, saying why
     * @throws UncheckedIOException when the file cannot be read for another reason than its content
     */
    public static void check(Path file, Limits limits, Wording wording) {
        try {
            long size = Files.size(file);
            byte[] head = new byte[8];
            byte[] tail = new byte[(int) Math.min(size, TAIL_BYTES)];
            try (SeekableByteChannel channel = Files.newByteChannel(file)) {
                readFully(channel, ByteBuffer.wrap(head));
                channel.position(size - tail.length);
                readFully(channel, ByteBuffer.wrap(tail));
            }
            checkStart(size, head, tail, limits, wording);
            checkZip(file, size, limits, wording);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is cleaned by the system; the answer matters more
        }
    }

    /** Size and signature: what the first bytes and the last 66 KB say, before the zip is opened. */
    private static void checkStart(long size, byte[] head, byte[] tail, Limits limits, Wording wording) {
        if (size == 0) {
            throw new BusinessRuleException("El archivo está vacío.");
        }
        if (size > limits.maxFileBytes()) {
            throw new BusinessRuleException("El archivo pesa " + megabytes(size) + " MB; el máximo es "
                    + megabytes(limits.maxFileBytes()) + " MB.");
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new BusinessRuleException("El archivo es un libro de Excel antiguo (.xls) o está protegido con"
                    + " contraseña. Ábralo en Excel, quite la contraseña si la tiene y guárdelo como .xlsx.");
        }
        if (!startsWith(head, 'P', 'K', 3, 4)) {
            // the end-of-central-directory record of a zip whose beginning is lost: a damaged xlsx
            boolean zipTail = indexOf(tail, new byte[] {'P', 'K', 5, 6}) >= 0;
            throw new BusinessRuleException(zipTail ? wording.lostBeginning() : wording.notXlsx());
        }
    }

    private static void checkZip(Path file, long fileSize, Limits limits, Wording wording) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            scan(zip, fileSize, limits, wording);
        } catch (ZipException e) {
            throw new BusinessRuleException(DAMAGED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readFully(SeekableByteChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // a file channel may return fewer bytes than asked
        }
    }

    private static void scan(ZipFile zip, long fileSize, Limits limits, Wording wording) throws IOException {
        if (zip.size() > limits.maxEntries()) {
            throw tooBig(
                    "tiene " + zip.size() + " partes internas; un libro de Excel normal tiene unas "
                            + wording.usualEntries(),
                    wording);
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.getSize() > limits.maxEntryBytes()) {
                throw tooBig("una parte interna declara " + megabytes(entry.getSize()) + " MB sin comprimir", wording);
            }
            // a central directory can claim any compressed size; no entry is larger than the file
            long compressed = Math.max(1, Math.min(entry.getCompressedSize(), fileSize));
            total += inflate(zip, entry, compressed, buffer, limits, wording, limits.maxTotalBytes() - total);
        }
    }

    /** Inflates one entry, counting; returns its real size. */
    private static long inflate(
            ZipFile zip, ZipEntry entry, long compressed, byte[] buffer, Limits limits, Wording wording, long totalLeft)
            throws IOException {
        boolean xml = isXml(entry.getName());
        long count = 0;
        int matched = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                count += n;
                if (count > limits.maxEntryBytes()) {
                    throw tooBig(
                            "una parte interna pasa de " + megabytes(limits.maxEntryBytes()) + " MB sin comprimir",
                            wording);
                }
                if (count > totalLeft) {
                    throw tooBig(
                            "su contenido pasa de " + megabytes(limits.maxTotalBytes()) + " MB sin comprimir", wording);
                }
                if (count > RATIO_GRACE_BYTES && count > limits.maxCompressionRatio() * compressed) {
                    throw tooBig(
                            "una parte interna se expande más de " + limits.maxCompressionRatio()
                                    + " veces al descomprimirla (posible «bomba zip»)",
                            wording);
                }
                if (xml) {
                    matched = scanForDoctype(buffer, n, matched);
                    if (matched == DOCTYPE.length) {
                        throw new BusinessRuleException("El archivo contiene una declaración DOCTYPE en «"
                                + entry.getName() + "». Un libro de Excel legítimo no la tiene y, por seguridad,"
                                + " no se procesa.");
                    }
                }
            }
        }
        return count;
    }

    /**
     * Advances a case-insensitive search for "&lt;!doctype" across buffers. Zero bytes are skipped so
     * the same search finds it in UTF-16 text, where every ASCII character is followed or preceded by
     * a zero byte; UTF-8 XML never contains a zero byte.
     */
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

    private static BusinessRuleException tooBig(String why, Wording wording) {
        return new BusinessRuleException("El archivo no se procesa por seguridad: " + why + ". " + wording.advice());
    }

    public static boolean startsWith(byte[] bytes, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (i >= bytes.length || (bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }
}
