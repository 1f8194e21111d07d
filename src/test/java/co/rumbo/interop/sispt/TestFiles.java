package co.rumbo.interop.sispt;

import co.rumbo.support.Zips;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The sample files of the tests, and ways to break them at the zip level. */
final class TestFiles {

    static final String TENJO = "/sispt/25799.xlsx";
    static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    static final String PRODUCTS_SHEET_XML = "xl/worksheets/sheet3.xml";

    private TestFiles() {}

    static byte[] tenjo() {
        return resource(TENJO);
    }

    static byte[] resource(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The MGA product-indicator codes of the catalogue subset, read by header name. */
    static Set<String> mgaIndicatorCodes() {
        String csv = new String(resource("/mga/catalogo-productos-subset.csv"), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        int column = csvFields(lines.get(0)).indexOf("codigo_indicador_producto");
        Set<String> codes = new HashSet<>();
        lines.stream().skip(1).forEach(l -> codes.add(csvFields(l).get(column)));
        return codes;
    }

    /** The fields of one CSV line, with double-quoted fields that may hold commas. */
    static List<String> csvFields(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** A copy of the xlsx with one entry's text changed. */
    static byte[] withEntry(byte[] xlsx, String entry, UnaryOperator<String> change) {
        return rezip(xlsx, Map.of(), entry, change);
    }

    /** A copy of the xlsx with entries added (or replaced) as given. */
    static byte[] withEntries(byte[] xlsx, Map<String, byte[]> added) {
        return rezip(xlsx, added, null, null);
    }

    private static byte[] rezip(byte[] xlsx, Map<String, byte[]> added, String changed, UnaryOperator<String> change) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (added.containsKey(entry.getName())) {
                    continue;
                }
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(changed)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                Zips.put(out, entry.getName(), content);
            }
            for (Map.Entry<String, byte[]> entry : added.entrySet()) {
                Zips.put(out, entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * An xlsx whose shared strings part inflates to {@code megabytes} of one repeated byte: a zip
     * bomb, about 1000 to 1, built by streaming so the test itself stays small in memory.
     */
    static byte[] zipBomb(byte[] xlsx, int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(SHARED_STRINGS)) {
                    byte[] chunk = new byte[1024 * 1024];
                    java.util.Arrays.fill(chunk, (byte) ' ');
                    out.write(content, 0, content.length - "</sst>".length());
                    for (int i = 0; i < megabytes; i++) {
                        out.write(chunk);
                    }
                    out.write("</sst>".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip of the given entries. */
    static byte[] zipOf(Map<String, byte[]> entries) {
        return Zips.of(entries);
    }

    /**
     * A copy of the zip whose central directory claims {@code declared} bytes uncompressed for an
     * entry: the lie of a bomb made to slip past a check of declared sizes.
     */
    static byte[] declaringSize(byte[] zip, String entry, int declared) {
        byte[] copy = zip.clone();
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < copy.length; i++) {
            boolean header = copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 1 && copy[i + 3] == 2;
            int nameLength = header ? (copy[i + 28] & 0xFF) | (copy[i + 29] & 0xFF) << 8 : -1;
            if (nameLength == name.length
                    && Arrays.equals(Arrays.copyOfRange(copy, i + 46, i + 46 + nameLength), name)) {
                for (int b = 0; b < 4; b++) {
                    copy[i + 24 + b] = (byte) (declared >>> (8 * b));
                }
                return copy;
            }
        }
        throw new IllegalArgumentException("no central directory entry " + entry);
    }

    /** Inserts a DOCTYPE after the XML declaration of a part. */
    static String withDoctype(String xml, String doctype) {
        int end = xml.indexOf("?>") + 2;
        return xml.substring(0, end) + doctype + xml.substring(end);
    }
}
