package co.rumbo.platform.files;

import co.rumbo.platform.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks at an uploaded workbook before fastexcel-reader touches it (the defence of the interop module's
 * SisPT reader, {@code interop.sispt.ZipGuard}, shared here by every module that takes an xlsx upload). fastexcel-reader inflates what it needs without any bound, so
 * every entry is inflated once here, counting real bytes (declared sizes can lie): too many entries, an
 * entry or a total too large, or a compression ratio of a zip bomb refuses the file. An XML part with a
 * DOCTYPE (the vehicle of XXE and entity expansion; a real xlsx never has one) refuses it too. Every
 * refusal is a {@link BusinessRuleException} with the reason in Spanish: nothing is read or saved.
 */
public final class XlsxGuard {

    private static final long MB = 1024 * 1024;
    /** The ceilings workbook of a municipality is a few kilobytes; 5 MB is generous. */
    public static final long MAX_FILE_BYTES = 5 * MB;

    private static final int MAX_ENTRIES = 200;
    private static final long MAX_ENTRY_BYTES = 32 * MB;
    private static final long MAX_TOTAL_BYTES = 64 * MB;
    private static final int MAX_RATIO = 100;
    private static final long RATIO_GRACE_BYTES = MB;
    private static final byte[] DOCTYPE = "<!doctype".getBytes(StandardCharsets.US_ASCII);

    public static final String DAMAGED = "El archivo está dañado: un libro de Excel (.xlsx) es un archivo ZIP y este no"
            + " se puede abrir como tal. Ábralo en Excel, guárdelo de nuevo como .xlsx y vuelva a cargarlo.";

    private XlsxGuard() {}

    /**
     * Writes the upload to a temporary file after checking it; the caller reads the file and deletes it.
     */
    public static Path checkedCopy(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("El archivo está vacío.");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new BusinessRuleException("El archivo pesa " + megabytes(content.length) + " MB; el máximo es "
                    + megabytes(MAX_FILE_BYTES) + " MB.");
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new BusinessRuleException("El archivo es un libro de Excel antiguo (.xls) o está protegido con"
                    + " contraseña. Ábralo en Excel, quite la contraseña si la tiene y guárdelo como .xlsx.");
        }
        if (!startsWith(content, 'P', 'K', 3, 4)) {
            throw new BusinessRuleException(
                    "El archivo no es un libro de Excel (.xlsx): no tiene la firma de un archivo"
                            + " ZIP. Descargue la plantilla de Rumbo, llénela y guárdela como .xlsx.");
        }
        Path file;
        try {
            file = Files.createTempFile("rumbo-upload-", ".xlsx");
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            scan(zip, content.length);
            return file;
        } catch (ZipException e) {
            delete(file);
            throw new BusinessRuleException(DAMAGED);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is cleaned by the system; the answer matters more
        }
    }

    private static void scan(ZipFile zip, long fileSize) throws IOException {
        if (zip.size() > MAX_ENTRIES) {
            throw tooBig("tiene " + zip.size() + " partes internas; un libro de Excel normal tiene unas 10");
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.getSize() > MAX_ENTRY_BYTES) {
                throw tooBig("una parte interna declara " + megabytes(entry.getSize()) + " MB sin comprimir");
            }
            long compressed = Math.max(1, Math.min(entry.getCompressedSize(), fileSize));
            total += inflate(zip, entry, compressed, buffer, MAX_TOTAL_BYTES - total);
        }
    }

    private static long inflate(ZipFile zip, ZipEntry entry, long compressed, byte[] buffer, long totalLeft)
            throws IOException {
        boolean xml = isXml(entry.getName());
        long count = 0;
        int matched = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                count += n;
                if (count > MAX_ENTRY_BYTES) {
                    throw tooBig("una parte interna pasa de " + megabytes(MAX_ENTRY_BYTES) + " MB sin comprimir");
                }
                if (count > totalLeft) {
                    throw tooBig("su contenido pasa de " + megabytes(MAX_TOTAL_BYTES) + " MB sin comprimir");
                }
                if (count > RATIO_GRACE_BYTES && count > MAX_RATIO * compressed) {
                    throw tooBig("una parte interna se expande más de " + MAX_RATIO
                            + " veces al descomprimirla (posible «bomba zip»)");
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

    /** A case-insensitive search for "&lt;!doctype" across buffers, skipping zero bytes (UTF-16). */
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

    private static BusinessRuleException tooBig(String why) {
        return new BusinessRuleException("El archivo no se procesa por seguridad: " + why
                + ". Descargue de nuevo la plantilla de Rumbo y llénela.");
    }

    public static boolean startsWith(byte[] bytes, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (i >= bytes.length || (bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }
}
