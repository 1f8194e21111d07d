package co.rumbo.interop.sispt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks at a file before any spreadsheet code touches it. fastexcel-reader opens the zip with
 * commons-compress and inflates what it needs without any bound, so this pre-scan inflates every
 * entry once, counting real bytes (declared sizes can lie), and refuses the file when the entry
 * count, an entry's size, the total size or a compression ratio is out of {@link SisptLimits}.
 *
 * <p>It also refuses any XML part with a DOCTYPE: a real xlsx never has one, and it is the vehicle of
 * XXE and entity-expansion attacks. fastexcel-reader's parser (Aalto, with DTD support and external
 * entities off) already refuses entity references, so this is a second, clearer line.
 */
final class ZipGuard {

    private static final byte[] DOCTYPE = "<!doctype".getBytes(StandardCharsets.US_ASCII);
    private static final String DAMAGED = "El archivo está dañado: un libro de Excel (.xlsx) es un archivo ZIP y"
            + " este no se puede abrir como tal. Ábralo en Excel, guárdelo de nuevo como .xlsx y vuelva a cargarlo.";

    private ZipGuard() {}

    static void check(Path file, SisptLimits limits) throws SisptFileRejected, IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new SisptFileRejected("El archivo está vacío.");
        }
        if (size > limits.maxFileBytes()) {
            throw new SisptFileRejected("El archivo pesa " + megabytes(size) + " MB; el máximo es "
                    + megabytes(limits.maxFileBytes()) + " MB.");
        }
        checkSignature(file, size);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            scanEntries(zip, size, limits);
        } catch (ZipException e) {
            throw new SisptFileRejected(DAMAGED);
        }
    }

    private static void checkSignature(Path file, long size) throws IOException, SisptFileRejected {
        byte[] head = new byte[8];
        byte[] tail = new byte[(int) Math.min(size, 66 * 1024)];
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            readFully(channel, ByteBuffer.wrap(head));
            channel.position(size - tail.length);
            readFully(channel, ByteBuffer.wrap(tail));
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new SisptFileRejected("El archivo es un libro de Excel antiguo (.xls) o está protegido con"
                    + " contraseña. Ábralo en Excel, quite la contraseña si la tiene y guárdelo como .xlsx.");
        }
        if (!startsWith(head, 'P', 'K', 3, 4)) {
            // the end-of-central-directory record of a zip whose beginning is lost: a damaged xlsx
            boolean zipTail = indexOf(tail, new byte[] {'P', 'K', 5, 6}) >= 0;
            throw new SisptFileRejected(
                    zipTail
                            ? DAMAGED
                            : "El archivo no es un libro de Excel (.xlsx). Exporte el Plan Indicativo desde SisPT"
                                    + " y cargue el archivo .xlsx sin modificar su formato.");
        }
    }

    private static void readFully(SeekableByteChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // a file channel may return fewer bytes than asked
        }
    }

    private static void scanEntries(ZipFile zip, long fileSize, SisptLimits limits)
            throws IOException, SisptFileRejected {
        if (zip.size() > limits.maxEntries()) {
            throw tooBig("tiene " + zip.size() + " partes internas; un libro de Excel normal tiene unas 25");
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.getSize() > limits.maxEntryBytes()) {
                throw tooBig("una parte interna declara " + megabytes(entry.getSize()) + " MB sin comprimir");
            }
            // a central directory can claim any compressed size; no entry is larger than the file
            long compressed = Math.max(1, Math.min(entry.getCompressedSize(), fileSize));
            total += inflate(zip, entry, compressed, buffer, limits, limits.maxTotalBytes() - total);
        }
    }

    /** Inflates one entry, counting; returns its real size. */
    private static long inflate(
            ZipFile zip, ZipEntry entry, long compressed, byte[] buffer, SisptLimits limits, long totalLeft)
            throws IOException, SisptFileRejected {
        boolean xml = isXml(entry.getName());
        long count = 0;
        int matched = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                count += n;
                if (count > limits.maxEntryBytes()) {
                    throw tooBig(
                            "una parte interna pasa de " + megabytes(limits.maxEntryBytes()) + " MB sin comprimir");
                }
                if (count > totalLeft) {
                    throw tooBig("su contenido pasa de " + megabytes(limits.maxTotalBytes()) + " MB sin comprimir");
                }
                if (count > SisptLimits.RATIO_GRACE_BYTES && count > limits.maxCompressionRatio() * compressed) {
                    throw tooBig("una parte interna se expande más de " + limits.maxCompressionRatio()
                            + " veces al descomprimirla (posible «bomba zip»)");
                }
                if (xml) {
                    matched = scanForDoctype(buffer, n, matched);
                    if (matched == DOCTYPE.length) {
                        throw new SisptFileRejected("El archivo contiene una declaración DOCTYPE en «" + entry.getName()
                                + "». Un libro de Excel legítimo no la tiene y, por seguridad, no se procesa.");
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

    private static SisptFileRejected tooBig(String why) {
        return new SisptFileRejected("El archivo no se procesa por seguridad: " + why
                + ". Exporte de nuevo el Plan Indicativo desde SisPT.");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
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
