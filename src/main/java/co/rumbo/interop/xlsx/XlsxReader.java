package co.rumbo.interop.xlsx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An open xlsx workbook whose failures all surface as {@link UnreadableXlsxException}, with a
 * Spanish reason, instead of the library's assorted runtime exceptions: a damaged upload must
 * become a message for the person, never a crash.
 */
public final class XlsxReader implements AutoCloseable {

    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    // Formats are not needed and cost time; a cell that fails to parse should fail loudly.
    private static final ReadingOptions OPTIONS = new ReadingOptions(false, false);

    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;

    private XlsxReader(ReadableWorkbook workbook, List<Sheet> sheets) {
        this.workbook = workbook;
        this.sheets = sheets;
    }

    /** Opens the file, checking first that it looks like an xlsx (a ZIP archive). */
    public static XlsxReader open(Path file) throws UnreadableXlsxException {
        try (InputStream in = Files.newInputStream(file)) {
            checkSignature(in.readNBytes(ZIP_SIGNATURE.length));
        } catch (IOException e) {
            throw new UnreadableXlsxException("no se pudo leer: " + e.getMessage(), e);
        }
        try {
            return opened(new ReadableWorkbook(file.toFile(), OPTIONS));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableXlsxException("no se pudo abrir: " + detail(e), e);
        }
    }

    /** Opens the workbook held in {@code in}, which is read entirely and not closed. */
    public static XlsxReader open(InputStream in) throws UnreadableXlsxException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        try {
            buffered.mark(ZIP_SIGNATURE.length);
            checkSignature(buffered.readNBytes(ZIP_SIGNATURE.length));
            buffered.reset();
            return opened(new ReadableWorkbook(buffered, OPTIONS));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableXlsxException("no se pudo abrir: " + detail(e), e);
        }
    }

    /** The names of the sheets, in workbook order (hidden ones included). */
    public List<String> sheetNames() {
        return sheets.stream().map(Sheet::getName).toList();
    }

    /** The actual name of the sheet whose name equals {@code name} once normalized. */
    public Optional<String> findSheet(String name) {
        String wanted = HeaderText.normalize(name);
        return sheets.stream()
                .map(Sheet::getName)
                .filter(candidate -> HeaderText.normalize(candidate).equals(wanted))
                .findFirst();
    }

    /** Every row of the sheet, read into memory (the sheets these readers handle are small). */
    public List<Row> rows(String sheetName) throws UnreadableXlsxException {
        Sheet sheet = sheets.stream()
                .filter(s -> s.getName().equals(sheetName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No sheet " + sheetName));
        try {
            return sheet.read();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableXlsxException("la hoja «" + sheetName + "» está dañada: " + detail(e), e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XlsxReader opened(ReadableWorkbook workbook) throws UnreadableXlsxException {
        try {
            return new XlsxReader(workbook, workbook.getSheets().toList());
        } catch (RuntimeException e) {
            closeQuietly(workbook);
            throw new UnreadableXlsxException("no se pudo leer la lista de hojas: " + detail(e), e);
        }
    }

    private static void checkSignature(byte[] head) throws UnreadableXlsxException {
        if (Arrays.equals(head, ZIP_SIGNATURE)) {
            return;
        }
        if (Arrays.equals(head, OLE2_SIGNATURE)) {
            throw new UnreadableXlsxException(
                    "es un archivo de Excel 97-2003 (.xls); guárdelo como .xlsx y vuelva a cargarlo", null);
        }
        throw new UnreadableXlsxException(
                "no tiene la firma de un archivo ZIP; está dañado o es de otro formato", null);
    }

    private static String detail(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // Already failing with a clearer error; nothing to add.
        }
    }
}
