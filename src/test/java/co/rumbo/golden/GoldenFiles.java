package co.rumbo.golden;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The golden vectors of {@code shared/golden}: read from the folder named by the system property
 * {@value #DIR_PROPERTY} when it is set (to check the shared, authoritative copy), otherwise from the
 * copy under {@code src/test/resources/golden} on the test classpath.
 */
public final class GoldenFiles {

    public static final String DIR_PROPERTY = "rumbo.golden.dir";

    private GoldenFiles() {}

    /** The rows of a golden CSV file, e.g. {@code progress/cases.csv}, header excluded. */
    public static List<CsvRow> read(String relativePath) {
        try (BufferedReader reader = open(relativePath)) {
            return parse(relativePath, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read golden file " + relativePath + " from " + source(), e);
        }
    }

    /** Where the golden files are read from, for messages. */
    public static String source() {
        String dir = System.getProperty(DIR_PROPERTY);
        return dir == null || dir.isBlank() ? "classpath:golden/" : dir;
    }

    private static BufferedReader open(String relativePath) throws IOException {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            return Files.newBufferedReader(Path.of(dir).resolve(relativePath), StandardCharsets.UTF_8);
        }
        InputStream stream = GoldenFiles.class.getClassLoader().getResourceAsStream("golden/" + relativePath);
        if (stream == null) {
            throw new IOException("not on the test classpath: golden/" + relativePath);
        }
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    private static List<CsvRow> parse(String file, BufferedReader reader) throws IOException {
        String headerLine = reader.readLine();
        if (headerLine == null) {
            throw new IOException("empty golden file " + file);
        }
        List<String> header = splitCsvLine(stripBom(headerLine));
        List<CsvRow> rows = new ArrayList<>();
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = splitCsvLine(line);
            if (cells.size() != header.size()) {
                throw new IOException(
                        "%s:%d has %d cells, the header %d".formatted(file, lineNumber, cells.size(), header.size()));
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), cells.get(i));
            }
            rows.add(new CsvRow(file, lineNumber, values));
        }
        return rows;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    // RFC 4180 cells: commas separate, double quotes protect commas and escape themselves.
    static List<String> splitCsvLine(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
