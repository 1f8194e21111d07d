package co.rumbo.interop.sispt;

import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.files.XlsxGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * Reads a DNP SisPT export of a Plan Indicativo (xlsx) into a {@link SisptWorkbook}.
 *
 * <p>Columns are found by header name (accents, case and spacing ignored), so the municipal layout
 * (85 columns) and the departmental one (86) both read; the budget sources and the years come from
 * the headers ("Recursos propios 2024"). Problems are collected, never thrown: a file that cannot be
 * read at all — not an xlsx, damaged, too large once uncompressed, carrying a DOCTYPE — gives a result
 * without workbook and one ERROR saying why, in Spanish.
 *
 * <p>Thread-safe: an instance holds only its limits.
 */
public final class SisptReader {

    private static final System.Logger LOG = System.getLogger(SisptReader.class.getName());

    // a malformed number cell becomes an ERROR cell, reported by the reader, instead of an exception
    private static final ReadingOptions OPTIONS = new ReadingOptions(false, true);

    private static final String UNREADABLE = "No se pudo leer el archivo: está dañado o no es un libro de Excel"
            + " (.xlsx) válido. Ábralo en Excel, guárdelo de nuevo como .xlsx y vuelva a cargarlo.";

    // what the shared guard says where a SisPT export differs from Rumbo's templates: it comes from
    // SisPT, has about 25 parts, and one whose beginning is lost (DNP's Alertas files) is damaged
    private static final XlsxGuard.Wording WORDING = new XlsxGuard.Wording(
            "El archivo no es un libro de Excel (.xlsx). Exporte el Plan Indicativo desde SisPT"
                    + " y cargue el archivo .xlsx sin modificar su formato.",
            XlsxGuard.DAMAGED,
            25,
            "Exporte de nuevo el Plan Indicativo desde SisPT.");

    private final SisptLimits limits;

    /** A reader with {@link SisptLimits#DEFAULT}. */
    public SisptReader() {
        this(SisptLimits.DEFAULT);
    }

    public SisptReader(SisptLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Reads a file. */
    public SisptReadResult read(Path file) {
        try {
            XlsxGuard.check(file, limits.guard(), WORDING);
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), OPTIONS)) {
                return new WorkbookParser(workbook, limits).parse();
            }
        } catch (BusinessRuleException e) {
            // only the guard throws it: the file is refused, and the message says why
            return SisptReadResult.unreadable(e.getMessage());
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            LOG.log(Level.DEBUG, "unreadable SisPT file", e);
            return SisptReadResult.unreadable(UNREADABLE);
        } catch (RuntimeException e) {
            // fastexcel-reader reports malformed parts with assorted runtime exceptions
            // (bad cell references, shared-string indexes out of range…): the file is the problem
            LOG.log(Level.WARNING, "unreadable SisPT file", e);
            return SisptReadResult.unreadable(UNREADABLE);
        }
    }

    /**
     * Reads an upload. The stream is copied to a temporary file, at most {@link
     * SisptLimits#maxFileBytes()} bytes of it, so the zip can be checked before it is parsed; the
     * file is deleted afterwards. The stream is not closed.
     */
    public SisptReadResult read(InputStream in) {
        Path copy = null;
        try {
            copy = Files.createTempFile("sispt-", ".xlsx");
            if (!copyAtMost(in, copy, limits.maxFileBytes())) {
                return SisptReadResult.unreadable("El archivo pesa más de " + limits.maxFileBytes() / (1024 * 1024)
                        + " MB, el máximo permitido.");
            }
            return read(copy);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "SisPT upload could not be copied", e);
            return SisptReadResult.unreadable(UNREADABLE);
        } finally {
            deleteQuietly(copy);
        }
    }

    /** Copies the stream; false when it holds more than {@code max} bytes. */
    private static boolean copyAtMost(InputStream in, Path target, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                copied += n;
                if (copied > max) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "temporary SisPT copy not deleted: " + file, e);
        }
    }
}
